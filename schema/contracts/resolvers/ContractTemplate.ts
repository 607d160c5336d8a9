import type { ContractTemplateResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const ContractTemplate: ContractTemplateResolvers = {
  id: ({ id }) => toGlobalId('ContractTemplate', id),
};
