import type { ParameterDefinitionResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const ParameterDefinition: ParameterDefinitionResolvers = {
  id: ({ id }) => toGlobalId('ParameterDefinition', id),
};
