import type { QueryResolvers } from './../../../types.generated';
import { rootGroups } from '../../../../src/modules/products/groups.service';

export const productGroups: NonNullable<QueryResolvers['productGroups']> = (_parent, _args, ctx) => rootGroups(ctx);
