import type { QueryResolvers } from './../../../types.generated.js';
import { productGroups as groups } from '../../../../src/modules/products/groups.service.js';

export const productGroups: NonNullable<QueryResolvers['productGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
