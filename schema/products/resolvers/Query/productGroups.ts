import type { QueryResolvers } from './../../../types.generated';
import { productGroups as groups } from '../../../../src/modules/products/groups.service';

export const productGroups: NonNullable<QueryResolvers['productGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
