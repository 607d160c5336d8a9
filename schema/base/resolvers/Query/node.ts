import type { QueryResolvers } from './../../../types.generated';
import { fetchNode } from '../../../../src/nodes';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, ctx) => fetchNode(ctx, id, ['id']);
