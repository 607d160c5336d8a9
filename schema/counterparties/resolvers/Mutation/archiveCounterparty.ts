import type { MutationResolvers } from './../../../types.generated.js';
import { setArchived } from '../../../../src/modules/counterparties/counterparties.service.js';

export const archiveCounterparty: NonNullable<MutationResolvers['archiveCounterparty']> = (_parent, { input }, ctx) => setArchived(ctx, input, true);
