import { MAX_PAGE_SIZE } from '../../lib/connection.js';
import { badInput } from '../../lib/errors.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import type { PortalContext } from './portal.context.js';

/** A staff type whose portal type has another name: the partner's counterparty is its `Organisation`. */
const PORTAL_TYPE_NAMES: Record<string, string> = { Counterparty: 'Organisation' };

/**
 * The partner's record behind a global id, tagged with its portal type, or null when nothing of
 * the partner's has it: another partner's id, a guessed one, or a type the portal does not show.
 */
export async function portalNode(ctx: PortalContext, id: string, field: string[]): Promise<never> {
  const decoded = decodeGlobalId(id);
  if (!decoded) throw badInput(`"${id}" is not a global id.`, field);
  const row = await ctx.reads.node(decoded.type, decoded.key);
  return (row && { __typename: PORTAL_TYPE_NAMES[decoded.type] ?? decoded.type, ...row }) as never;
}

export function portalNodes(ctx: PortalContext, ids: readonly string[]): Promise<never[]> {
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`"ids" may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`, ['ids']);
  return Promise.all(ids.map((id, index) => portalNode(ctx, id, ['ids', String(index)])));
}

export async function organisation(ctx: PortalContext) {
  const row = await ctx.reads.organisation();
  // The key's counterparty is referenced by the key, so it exists for as long as the key does.
  if (!row) throw new Error(`The counterparty of partner key #${ctx.partner.apiKeyId} is missing.`);
  return row;
}

export async function productName(ctx: PortalContext, productId: number) {
  const row = await ctx.reads.load.product.load(productId);
  if (!row) throw new Error(`Product #${productId} of a partner's document is missing.`);
  return row;
}
