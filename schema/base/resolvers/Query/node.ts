import type { QueryResolvers } from './../../../types.generated.js';
import { fetchNode } from '../../../../src/nodes.js';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, ctx) => fetchNode(ctx, id, ['id']);
