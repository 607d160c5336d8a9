import type { PriceTypeResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const PriceType: PriceTypeResolvers = {
  id: ({ id }) => toGlobalId('PriceType', id),
};
