import type { ContractLineResolvers } from './../../types.generated.js';
import { productName } from '../../../../src/modules/portal/portal.service.js';

export const ContractLine: ContractLineResolvers = {
  product: ({ productId }, _args, ctx) => productName(ctx, productId),
};
