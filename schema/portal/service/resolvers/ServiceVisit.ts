import type { ServiceVisitResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const ServiceVisit: ServiceVisitResolvers = {
  id: ({ id }) => toGlobalId('ServiceVisit', id),
};
