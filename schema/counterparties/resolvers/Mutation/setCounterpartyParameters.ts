import type { MutationResolvers } from './../../../types.generated.js';
import { setParameters } from '../../../../src/modules/counterparties/card.service.js';

export const setCounterpartyParameters: NonNullable<MutationResolvers['setCounterpartyParameters']> = (_parent, { input }, ctx) => setParameters(ctx, input);
