import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/api.js';

/** `/metrics` read after real requests: the counters moved by what was asked, and only by it. */
let api: TestApi;
beforeAll(async () => { api = await startTestApi({ metricsToken: 'scrape-secret' }); });
afterAll(async () => { await api?.stop(); });

const metricsUrl = () => api.url.replace('/graphql', '/metrics');

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(metricsUrl(), { headers: { authorization: 'Bearer scrape-secret' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return samples;
}

describe('metrics', () => {
  it('counts requests by operation and outcome, errors by code, statements, and import rows by status', async () => {
    const before = await scrape();
    expect(before.get('crm_graphql_requests_total{operation="Me",outcome="ok"}')).toBeUndefined();

    for (let i = 0; i < 3; i++) expect((await api.request('query Me { viewer { role } }')).errors).toBeUndefined();
    expect((await api.request('{ nothingHere }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.request('query Me { viewer { role } }', {}, { key: 'crm_wrong' })).status).toBe(401);
    const imported = await api.importRows('importCounterparties', [
      { externalId: 'metrics-1', kind: 'ORGANIZATION', name: 'Counted One' },
      { externalId: 'metrics-2', kind: 'ORGANIZATION', name: 'Counted Two' },
      { externalId: 'metrics-3', name: 'No kind' },
    ]);
    expect([imported.created, imported.failed]).toEqual([2, 1]);

    const after = await scrape();
    expect(after.get('crm_graphql_requests_total{operation="Me",outcome="ok"}')).toBe(3);
    // Refused before its document was read, the request with a wrong key has no operation name.
    expect(after.get('crm_graphql_requests_total{operation="Me",outcome="error"}')).toBeUndefined();
    expect(after.get('crm_graphql_requests_total{operation="anonymous",outcome="error"}')).toBe(2);
    expect(after.get('crm_graphql_request_duration_seconds_count{operation="Me",outcome="ok"}')).toBe(3);
    expect(after.get('crm_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(after.get('crm_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(after.get('crm_import_rows_total{operation="importCounterparties",status="CREATED"}')).toBe(2);
    expect(after.get('crm_import_rows_total{operation="importCounterparties",status="FAILED"}')).toBe(1);
    // Six requests, each with at least its key's lookup (the test server caches no key).
    expect(after.get('crm_sql_statements_per_request_count')).toBe(6);
    expect(after.get('crm_sql_statements_per_request_sum')).toBeGreaterThanOrEqual(6);
    // The process: event-loop lag and memory, from prom-client's defaults.
    expect(after.get('nodejs_eventloop_lag_seconds')).toEqual(expect.any(Number));
    expect(after.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    if (api.driver === 'postgres') {
      expect(after.get('crm_db_pool_connections{state="size"}')).toBeGreaterThan(0);
      expect(after.get('crm_db_pool_connections{state="waiting"}')).toBe(0);
    }
  });

  it('answers 401 without METRICS_TOKEN\'s bearer token, an API key included', async () => {
    expect((await fetch(metricsUrl())).status).toBe(401);
    expect((await fetch(metricsUrl(), { headers: { authorization: `Bearer ${api.adminKey}` } })).status).toBe(401);
    expect((await fetch(metricsUrl(), { headers: { authorization: 'Bearer scrape-secre' } })).status).toBe(401);
  });
});
