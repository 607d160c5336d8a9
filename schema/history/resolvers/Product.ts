import type { ProductResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Product: Pick<ProductResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Product'),
};
