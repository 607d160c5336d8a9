import type { MutationResolvers } from './../../../types.generated.js';
import { createCounterparty as run } from '../../../../src/modules/counterparties/counterparties.service.js';

export const createCounterparty: NonNullable<MutationResolvers['createCounterparty']> = (_parent, { input }, ctx) => run(ctx, input);
