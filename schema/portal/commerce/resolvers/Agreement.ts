import type { AgreementResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Agreement: AgreementResolvers = {
  id: ({ id }) => toGlobalId('Agreement', id),
  terms: (row, _args, { reads }) => reads.agreementTerms(row),
};
