import type { ParameterDefinitionResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const ParameterDefinition: ParameterDefinitionResolvers = {
  id: ({ id }) => toGlobalId('ParameterDefinition', id),
};
