import type { OrganisationResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Organisation: OrganisationResolvers = {
  id: ({ id }) => toGlobalId('Counterparty', id),
  persons: (_row, _args, { reads }) => reads.persons(),
};
