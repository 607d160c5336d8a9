import type { ContractResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Contract: ContractResolvers = {
  id: ({ id }) => toGlobalId('Contract', id),
  lines: ({ id }, _args, { reads }) => reads.load.contractLines.load(id),
  obligations: ({ id }, _args, { reads }) => reads.load.contractObligations.load(id),
};
