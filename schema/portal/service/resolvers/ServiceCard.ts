import type { ServiceCardResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const ServiceCard: ServiceCardResolvers = {
  id: ({ id }) => toGlobalId('ServiceCard', id),
  visits: ({ id }, _args, { reads }) => reads.load.visits.load(id),
};
