import type { QueryResolvers } from './../../../types.generated.js';
import { fetchNode } from '../../../../src/nodes.js';
import { badInput } from '../../../../src/lib/errors.js';
import { MAX_PAGE_SIZE } from '../../../../src/lib/connection.js';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => {
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`"ids" may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`, ['ids']);
  return Promise.all(ids.map((id, index) => fetchNode(ctx, id, ['ids', String(index)])));
};
