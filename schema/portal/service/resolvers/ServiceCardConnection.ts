import type { ServiceCardConnectionResolvers } from './../../types.generated.js';

export const ServiceCardConnection: ServiceCardConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
