import type { Context } from './context.js';
import { nodeFetchers } from './loaders.js';
import { decodeGlobalId } from './lib/global-id.js';
import { badInput } from './lib/errors.js';

/**
 * The row behind a global id, tagged with its `__typename` so graphql-js resolves the `Node`
 * interface to the right type. Null when nothing has the id.
 */
export async function fetchNode(ctx: Context, id: string, field: string[]): Promise<never> {
  const decoded = decodeGlobalId(id);
  if (!decoded) throw badInput(`"${id}" is not a global id.`, field);
  return fetchNodeOf(ctx, decoded.type, decoded.key);
}

/** The row of type `type` with key `key`, as `fetchNode` answers it: for a reference stored as type and key. */
export async function fetchNodeOf(ctx: Context, type: string, key: number): Promise<never> {
  // A type no module declares (see NodeFetchers) cannot be fetched by global id.
  const fetch = nodeFetchers[type];
  if (!fetch) return null as never;
  const row = await fetch(ctx.loaders, key);
  // Typed as never: the generated Node type is the union of every row type with its __typename.
  return (row && { __typename: type, ...row }) as never;
}
