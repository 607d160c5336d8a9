import type { MutationResolvers } from './../../../types.generated';
import { setArchived } from '../../../../src/modules/counterparties/counterparties.service';

export const archiveCounterparty: NonNullable<MutationResolvers['archiveCounterparty']> = (_parent, { input }, ctx) => setArchived(ctx, input, true);
