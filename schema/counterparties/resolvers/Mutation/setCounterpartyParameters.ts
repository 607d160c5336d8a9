import type { MutationResolvers } from './../../../types.generated';
import { setParameters } from '../../../../src/modules/counterparties/card.service';

export const setCounterpartyParameters: NonNullable<MutationResolvers['setCounterpartyParameters']> = (_parent, { input }, ctx) => setParameters(ctx, input);
