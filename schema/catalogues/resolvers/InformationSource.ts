import type { InformationSourceResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const InformationSource: InformationSourceResolvers = {
  id: ({ id }) => toGlobalId('InformationSource', id),
};
