import type { ContractTemplateResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const ContractTemplate: ContractTemplateResolvers = {
  id: ({ id }) => toGlobalId('ContractTemplate', id),
};
