import { randomBytes } from 'node:crypto';
import type { Context } from '../../context.js';
import type { WebhookRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey, toGlobalId } from '../../lib/global-id.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { versionedRow, writeInTransaction } from '../../lib/write.js';
import { requireRole } from '../auth/viewer.js';
import * as repository from './webhooks.repository.js';
import type { DeliveryStatus, WebhookInsert } from './webhooks.repository.js';

const URL_MAX = 2000;
const DESCRIPTION_MAX = 500;

type Topic = 'CHRONICLE' | 'APPEAL' | 'CLAIM';

/** The GraphQL topic as the change feed names it (src/modules/events/topics.ts), and back. */
export const topicName = (topic: Topic) => topic.toLowerCase();
export const topicOf = (name: string) => name.toUpperCase() as Topic;

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export function listWebhooks(ctx: Context, args: PageArgs) {
  requireRole(ctx.viewer, 'ADMIN');
  return repository.listWebhooks(ctx.db, args);
}

export function listDeliveries(ctx: Context, filter: { webhookId?: string | null; status?: DeliveryStatus | null }, args: PageArgs) {
  requireRole(ctx.viewer, 'ADMIN');
  const webhookId = referenceKeyOrThrow(filter.webhookId, 'Webhook', ['webhookId']) ?? undefined;
  return repository.listDeliveries(ctx.db, { webhookId, status: filter.status ?? undefined }, args);
}

interface WebhookFields {
  url?: string | null;
  description?: string | null;
  topics?: readonly Topic[] | null;
  kinds?: readonly string[] | null;
}

function webhookValues(errors: InputErrors, input: WebhookFields, creating: boolean): Partial<WebhookInsert> {
  const values: Partial<WebhookInsert> = {};
  if (creating || input.url !== undefined) {
    const url = errors.text(['url'], input.url, { required: true, max: URL_MAX });
    if (url !== null) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {
        errors.add(['url'], 'INVALID', `"${url}" is not a URL.`);
      }
      if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') errors.add(['url'], 'INVALID', 'A webhook URL is http or https.');
      else if (parsed) values.url = parsed.toString();
    }
  }
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: DESCRIPTION_MAX });
  if (creating || input.topics !== undefined) {
    if (!input.topics || input.topics.length === 0) errors.add(['topics'], 'REQUIRED', 'Name at least one topic.');
    else values.topics = [...new Set(input.topics.map(topicName))];
  }
  if (input.kinds !== undefined) {
    if (input.kinds !== null && input.kinds.length === 0) errors.add(['kinds'], 'INVALID', 'Name at least one kind, or give null for every kind.');
    else values.kinds = input.kinds === null ? null : [...new Set(input.kinds)];
  }
  return values;
}

export async function createWebhook(ctx: Context, input: WebhookFields & { url: string; topics: readonly Topic[] }) {
  requireRole(ctx.viewer, 'ADMIN');
  const errors = new InputErrors();
  const values = webhookValues(errors, input, true);
  if (errors.any) return { ...failed(errors), webhook: null, secret: null };
  const secret = newSecret();
  const webhook = await writeInTransaction(ctx.db, errors, {}, (tx) =>
    repository.insertWebhook(tx, { ...values, url: values.url!, topics: values.topics!, secret }));
  return webhook ? { webhook, secret, userErrors: [] } : { ...failed(errors), webhook: null, secret: null };
}

export async function updateWebhook(ctx: Context, input: WebhookFields & { id: string; expectedVersion: number; active?: boolean | null }) {
  requireRole(ctx.viewer, 'ADMIN');
  const key = requireKey(input.id, 'Webhook', ['input', 'id']);
  const errors = new InputErrors();
  const values = webhookValues(errors, input, false);
  if (input.active === null) errors.add(['active'], 'INVALID', 'active is true or false.');
  if (input.active === true) Object.assign(values, { active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
  if (input.active === false) values.active = false;
  if (errors.any) return { ...failed(errors), webhook: null };
  const webhook = await writeInTransaction(ctx.db, errors, {}, async (tx) =>
    versionedRow(await repository.updateWebhook(tx, key, input.expectedVersion, values), 'Webhook', input.expectedVersion));
  return webhook ? { webhook, userErrors: [] } : { ...failed(errors), webhook: null };
}

export async function rotateSecret(ctx: Context, input: { id: string; expectedVersion: number }) {
  requireRole(ctx.viewer, 'ADMIN');
  const key = requireKey(input.id, 'Webhook', ['input', 'id']);
  const secret = newSecret();
  const webhook: WebhookRow = versionedRow(await repository.updateWebhook(ctx.db, key, input.expectedVersion, { secret }), 'Webhook', input.expectedVersion);
  return { webhook, secret, userErrors: [] };
}

export async function deleteWebhook(ctx: Context, input: { id: string }) {
  requireRole(ctx.viewer, 'ADMIN');
  const key = requireKey(input.id, 'Webhook', ['input', 'id']);
  if (!(await repository.deleteWebhook(ctx.db, key))) throw notFound('Webhook', ['input', 'id']);
  return { deletedWebhookId: toGlobalId('Webhook', key), userErrors: [] };
}
