import type { InformationSourceResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const InformationSource: InformationSourceResolvers = {
  id: ({ id }) => toGlobalId('InformationSource', id),
};
