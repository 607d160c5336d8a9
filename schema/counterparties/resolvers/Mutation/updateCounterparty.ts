import type { MutationResolvers } from './../../../types.generated';
import { updateCounterparty as run } from '../../../../src/modules/counterparties/counterparties.service';

export const updateCounterparty: NonNullable<MutationResolvers['updateCounterparty']> = (_parent, { input }, ctx) => run(ctx, input);
