import { renewLoaders, type Context } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { requireKey } from '../../lib/global-id.js';
import type { Change, ChangeSubscription } from './change-feed.js';
import type { ChangeKind } from './topics.js';

/**
 * What the subscription fields share: which changes a subscriber watches (checked as queries
 * check their arguments), and how each change is delivered.
 */

/**
 * The changes of `topic` about the counterparty `counterpartyId` names, from now on: a malformed
 * id or one of another type is BAD_USER_INPUT, an unknown counterparty NOT_FOUND, on the argument.
 */
export async function counterpartyChanges(ctx: Context, topic: string, counterpartyId: string): Promise<ChangeSubscription> {
  const key = requireKey(counterpartyId, 'Counterparty', ['counterpartyId']);
  if (!(await ctx.loaders.counterparties.byId.load(key))) throw notFound('Counterparty', ['counterpartyId']);
  if (!ctx.changes) throw new Error('Subscriptions are served over WebSocket (graphql-ws), not over HTTP.');
  return ctx.changes.subscribe({ topic, counterpartyId: key });
}

/**
 * The subscription field's value for one change: the change, with the context's loaders renewed,
 * so its record and everything selected under it are read as they are now, with the subscriber's
 * key. Changes are delivered one after another, so no delivery reads through another's loaders.
 */
export function delivered(change: Change, _args: unknown, ctx: Context): Change {
  renewLoaders(ctx);
  return change;
}

/** The change's kind as the schema's ChangeKind; every topic publishes only those. */
export const kindOf = (change: Change) => change.kind as ChangeKind;
