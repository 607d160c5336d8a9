import type { PriceTypeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const PriceType: PriceTypeResolvers = {
  id: ({ id }) => toGlobalId('PriceType', id),
};
