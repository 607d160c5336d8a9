import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../../db/raw.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { jobsSettled } from '../../testing/jobs.js';
import { claimFixtures } from '../claims/claims-fixtures.js';
import { isValidSignature } from './signature.js';
import { tellWebhooks } from './webhook-outbox.js';

/**
 * Webhooks end to end: a real HTTP receiver on 127.0.0.1, changes made through the API, deliveries
 * made by the server's own job worker, signed, retried, and a webhook disabled after failing.
 */
interface Received { headers: http.IncomingHttpHeaders; body: string }

/** A receiver that answers each request with the next status of `statuses` (the last one from then on). */
async function receiver() {
  const received: Received[] = [];
  let statuses = [200];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0];
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crm`,
    received,
    answer: (...next: number[]) => { statuses = next; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
let hooks: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  api = await startTestApi({ jobPollMs: 20, webhookRetryBaseMs: 20, webhookMaxAttempts: 3, webhookDisableAfter: 4 });
  f = claimFixtures(api);
  hooks = await receiver();
});
afterAll(async () => {
  await api?.stop();
  await hooks?.close();
});

const WEBHOOK = 'id url topics kinds active consecutiveFailures disabledAt disabledReason version';

async function created(input: Record<string, unknown>) {
  const payload = await api.mutate('createWebhook', { url: hooks.url, ...input }, `webhook { ${WEBHOOK} } secret`);
  return { ...payload.webhook, secret: payload.secret as string };
}

const deliveriesSettled = () => jobsSettled(api.db, 'webhook');

/** Waits for every delivery's retries to run out or succeed (backoff is a few ms here). */
async function allDeliveriesFinished(): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    await deliveriesSettled();
    const [{ pending }] = await executeRows<{ pending: number }>(api.db, sql`select count(*)::int as pending from jobs
      where state = 'PENDING' and kind = 'webhook'`);
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('webhook deliveries did not finish');
}

async function deliveriesOf(webhookId: string) {
  const result = await api.request(`query($id: ID) { webhookDeliveries(webhookId: $id, first: 50) {
    totalCount edges { node { eventId topic kind status attempts lastStatusCode lastError body webhook { id } } } } }`, { id: webhookId });
  expect(result.errors).toBeUndefined();
  return result.data.webhookDeliveries;
}

describe('webhooks', () => {
  it('POSTs each change a webhook wants, signed with its secret, and logs the delivery', async () => {
    const hook = await created({ topics: ['APPEAL'] });
    expect(hook.secret).toMatch(/^whsec_/);
    const client = await f.counterparty('webhook-client');
    hooks.received.length = 0;
    const appeal = (await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Pump broken' }, 'appeal { id }')).appeal;
    // A change of another topic is not sent to it.
    await api.mutate('createChronicleEntry', { counterpartyId: client, kind: 'CONTACT', subject: 'Not an appeal' }, 'chronicleEntry { id }');
    await allDeliveriesFinished();

    expect(hooks.received).toHaveLength(1);
    const [{ headers, body }] = hooks.received;
    expect(isValidSignature(hook.secret, String(headers['x-crm-timestamp']), body, String(headers['x-crm-signature']))).toBe(true);
    expect(isValidSignature('whsec_another', String(headers['x-crm-timestamp']), body, String(headers['x-crm-signature']))).toBe(false);
    const sent = JSON.parse(body);
    expect(sent).toMatchObject({ event: 'appeal.CREATED', topic: 'appeal', kind: 'CREATED', data: { id: appeal.id, counterpartyId: client } });
    expect(headers['x-crm-delivery']).toBe(sent.id);
    expect(headers['x-crm-event']).toBe('appeal.CREATED');

    const log = await deliveriesOf(hook.id);
    expect(log.totalCount).toBe(1);
    expect(log.edges[0].node).toMatchObject({ eventId: sent.id, topic: 'APPEAL', kind: 'CREATED', status: 'DELIVERED', attempts: 1,
      lastStatusCode: 200, lastError: null, webhook: { id: hook.id } });
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
  });

  it('writes nothing to the outbox for a write that rolls back', async () => {
    const hook = await created({ topics: ['CLAIM'] });
    await api.db.transaction(async (tx) => {
      await tellWebhooks(tx as never, [{ topic: 'claim', kind: 'CREATED', id: 1, counterpartyId: 1 }]);
      tx.rollback();
    }).catch(() => undefined);
    expect((await deliveriesOf(hook.id)).totalCount).toBe(0);
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
  });

  it('sends only the kinds a webhook names', async () => {
    const hook = await created({ topics: ['APPEAL'], kinds: ['STATUS_CHANGED'] });
    const client = await f.counterparty('kinds-client');
    hooks.received.length = 0;
    const appeal = (await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Kinds' }, 'appeal { id version }')).appeal;
    await api.mutate('changeAppealStatus', { id: appeal.id, expectedVersion: appeal.version, status: 'RESOLVED', resolution: 'Done' }, 'appeal { id }');
    await allDeliveriesFinished();
    expect(hooks.received.map(({ body }) => JSON.parse(body).event)).toEqual(['appeal.STATUS_CHANGED']);
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
  });

  it('retries a refused delivery with backoff until it is taken, and gives up after the last attempt', async () => {
    const hook = await created({ topics: ['APPEAL'] });
    const client = await f.counterparty('retry-client');
    hooks.received.length = 0;
    hooks.answer(500, 503, 200);
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Third time lucky' }, 'appeal { id }');
    await allDeliveriesFinished();
    expect(hooks.received).toHaveLength(3);
    // The same event in every attempt.
    expect(new Set(hooks.received.map(({ body }) => JSON.parse(body).id)).size).toBe(1);
    expect((await deliveriesOf(hook.id)).edges[0].node).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200 });

    hooks.answer(500);
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Never taken' }, 'appeal { id }');
    await allDeliveriesFinished();
    expect((await deliveriesOf(hook.id)).edges[0].node).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 500,
      lastError: 'The receiver answered HTTP 500' });
    hooks.answer(200);
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
  });

  it('disables a webhook after failed attempts in a row, sends it nothing more, and an ADMIN turns it on again', async () => {
    const hook = await created({ topics: ['APPEAL'] });
    const client = await f.counterparty('disable-client');
    hooks.answer(500);
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'First failure' }, 'appeal { id }');
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Second failure' }, 'appeal { id }');
    await allDeliveriesFinished();
    const disabled = (await api.request('query($id: ID!) { node(id: $id) { ... on Webhook { active consecutiveFailures disabledAt disabledReason version } } }',
      { id: hook.id })).data.node;
    expect(disabled).toMatchObject({ active: false, consecutiveFailures: 4 });
    expect(disabled.disabledReason).toMatch(/after 4 failed delivery attempts/);
    // Four attempts in all, however the two deliveries' retries interleaved; what was left of them is not sent.
    const log = (await deliveriesOf(hook.id)).edges.map(({ node }: { node: { status: string; attempts: number } }) => node);
    expect(log.reduce((sum: number, { attempts }: { attempts: number }) => sum + attempts, 0)).toBe(4);
    for (const { status } of log) expect(['FAILED', 'CANCELLED']).toContain(status);

    hooks.answer(200);
    hooks.received.length = 0;
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'While disabled' }, 'appeal { id }');
    await allDeliveriesFinished();
    expect(hooks.received).toHaveLength(0);

    const again = await api.mutate('updateWebhook', { id: hook.id, expectedVersion: disabled.version, active: true }, `webhook { ${WEBHOOK} }`);
    expect(again.webhook).toMatchObject({ active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
    await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Back on' }, 'appeal { id }');
    await allDeliveriesFinished();
    expect(hooks.received).toHaveLength(1);
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
  });

  it('is for ADMIN keys only, names the field at fault, and refuses a stale version', async () => {
    const manager = await api.keyFor('MANAGER');
    expect(errorCodes(await api.request('{ webhooks { totalCount } }', {}, { key: manager }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.request('{ webhookDeliveries { totalCount } }', {}, { key: manager }))).toEqual(['FORBIDDEN']);
    const create = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret userErrors { field code } } }';
    expect(errorCodes(await api.request(create, { input: { url: hooks.url, topics: ['APPEAL'] } }, { key: manager }))).toEqual(['FORBIDDEN']);
    const bad = await api.request(create, { input: { url: 'ftp://example.com/x', topics: [] } });
    expect(bad.data.createWebhook).toEqual({ webhook: null, secret: null, userErrors: [
      { field: ['input', 'url'], code: 'INVALID' }, { field: ['input', 'topics'], code: 'REQUIRED' },
    ] });
    const hook = await created({ topics: ['CHRONICLE'] });
    const hidden = await api.request('query($id: ID!) { node(id: $id) { id } }', { id: hook.id }, { key: manager });
    expect(hidden.data.node).toBeNull();
    const rotated = await api.mutate('rotateWebhookSecret', { id: hook.id, expectedVersion: hook.version }, 'webhook { version } secret');
    expect(rotated.secret).not.toBe(hook.secret);
    const stale = await api.request('mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id } } }',
      { input: { id: hook.id, expectedVersion: hook.version, description: 'stale' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(errorCodes(await api.request('{ webhookDeliveries(webhookId: "nope") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    await api.mutate('deleteWebhook', { id: hook.id }, 'deletedWebhookId');
    const gone = await api.request('mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedWebhookId } }', { input: { id: hook.id } });
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
  });
});
