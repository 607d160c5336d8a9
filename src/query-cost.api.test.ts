import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOf } from './lib/global-id.js';
import { startTestApi, type TestApi } from './testing/api.js';

/** What each answer says it cost, and the HTTP around it. */
interface Answer {
  status: number;
  retryAfter: string | null;
  statements: number;
  body: { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }>; extensions?: { cost?: any } };
}

async function send(url: string, key: string, query: string, variables: Record<string, unknown> = {}, accept?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(accept ? { accept } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    statements: Number(response.headers.get('x-sql-statements')),
    body: await response.json() as Answer['body'],
  };
}

/** 100 counterparties with `n` chronicle entries each: 1 + 100 × (1 + 1 + n). */
const NESTED = `query($n: Int!) { counterparties(first: 100) { edges { node { name chronicle(first: $n) { edges { node { subject } } } } } } }`;
const nestedCost = (n: number) => 1 + 100 * (1 + 1 + n);

describe('with the default limits', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(); });
  afterAll(async () => { await api?.stop(); });

  it('tells every answer what it cost, the maximum and the key\'s budget, on the staff API and the portal', async () => {
    const key = await api.keyFor('VIEWER');
    const answer = await send(api.url, key, NESTED, { n: 10 });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.extensions?.cost).toEqual({
      requestedQueryCost: nestedCost(10), maximum: 50_000, budget: { perMinute: 2_000_000, remaining: 2_000_000 - nestedCost(10) },
    });

    const organisation = await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Costly Partner' }, 'counterparty { id }');
    const partnerKey = await api.partnerKeyFor(keyOf(organisation.counterparty.id, 'Counterparty')!);
    const portal = await send(api.portalUrl, partnerKey, '{ contracts(first: 3) { edges { node { id } } } organisation { name } }');
    expect(portal.body.errors).toBeUndefined();
    expect(portal.body.extensions?.cost).toEqual({ requestedQueryCost: 1 + 3 + 1, maximum: 50_000, budget: { perMinute: 2_000_000, remaining: 2_000_000 - 5 } });
  });
});

describe('with a small maximum and budget', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ queryCostMax: 1500, queryCostBudgetPerMinute: 5000 }); });
  afterAll(async () => { await api?.stop(); });

  it('refuses an operation over the maximum before any of its SQL runs, naming its cost and the maximum', async () => {
    const key = await api.keyFor('VIEWER');
    // Authentication is all a request that runs nothing sends.
    const nothing = await send(api.url, key, '{ __typename }');
    const refused = await send(api.url, key, NESTED, { n: 20 });
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([{
      message: expect.stringContaining(`costs ${nestedCost(20)}; at most 1500`),
      extensions: { code: 'QUERY_TOO_COSTLY', cost: nestedCost(20), maximum: 1500 },
    }]);
    expect(refused.body.extensions?.cost).toEqual({ requestedQueryCost: nestedCost(20), maximum: 1500, budget: null });
    expect(refused.statements).toBe(nothing.statements);
    // A request error: 200 with application/json, 400 with the GraphQL response type.
    expect(refused.status).toBe(200);
    expect((await send(api.url, key, NESTED, { n: 20 }, 'application/graphql-response+json')).status).toBe(400);
    // The same operation with smaller pages runs; a refused one took nothing from the budget.
    const allowed = await send(api.url, key, NESTED, { n: 5 });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.extensions?.cost.budget.remaining).toBeGreaterThanOrEqual(5000 - nestedCost(5));
  });

  it('runs out one key\'s budget, with 429 and when to retry, while another key\'s is untouched', async () => {
    const [spender, other] = [await api.keyFor('VIEWER'), await api.keyFor('VIEWER')];
    const cost = nestedCost(9); // 1101: the fifth needs some 500 points more than four leave, 6 s of refill
    for (let i = 1; i <= 4; i += 1) {
      const answer = await send(api.url, spender, NESTED, { n: 9 });
      expect(answer.body.errors).toBeUndefined();
      // Refilled at 5000 a minute meanwhile: a little more than 5000 − i × cost.
      expect(answer.body.extensions?.cost.budget.remaining).toBeGreaterThanOrEqual(5000 - i * cost);
      expect(answer.body.extensions?.cost.budget.remaining).toBeLessThan(5000 - i * cost + 200);
    }
    const nothing = await send(api.url, other, '{ __typename }');
    const refused = await send(api.url, spender, NESTED, { n: 9 });
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    const [error] = refused.body.errors!;
    expect(error.extensions).toMatchObject({ code: 'BUDGET_EXHAUSTED', cost, perMinute: 5000 });
    expect(error.extensions.remaining).toBeLessThan(cost);
    // What is missing at 5000 a minute, in whole seconds.
    expect(error.extensions.retryAfterSeconds).toBe(Math.max(1, Math.ceil(((cost - error.extensions.remaining) / 5000) * 60)));
    expect(refused.retryAfter).toBe(String(error.extensions.retryAfterSeconds));
    expect(error.message).toContain(`costs ${cost}`);
    expect(refused.statements).toBe(nothing.statements);

    const untouched = await send(api.url, other, NESTED, { n: 9 });
    expect(untouched.body.errors).toBeUndefined();
    expect(untouched.body.extensions?.cost.budget).toEqual({ perMinute: 5000, remaining: 5000 - cost });
  });
});
