import type { MutationResolvers } from './../../../types.generated.js';
import { updateCounterparty as run } from '../../../../src/modules/counterparties/counterparties.service.js';

export const updateCounterparty: NonNullable<MutationResolvers['updateCounterparty']> = (_parent, { input }, ctx) => run(ctx, input);
