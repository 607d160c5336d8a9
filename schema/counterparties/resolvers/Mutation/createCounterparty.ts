import type { MutationResolvers } from './../../../types.generated';
import { createCounterparty as run } from '../../../../src/modules/counterparties/counterparties.service';

export const createCounterparty: NonNullable<MutationResolvers['createCounterparty']> = (_parent, { input }, ctx) => run(ctx, input);
