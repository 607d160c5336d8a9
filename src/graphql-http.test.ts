import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startTestApi, type TestApi } from './testing/api.js';

/**
 * The GraphQL-over-HTTP conformance audit (graphql-http's `serverAudits`) against a real server:
 * every MUST (an 'error' when failed) and every SHOULD (a 'warn') holds. A failed MAY is only a
 * 'notice', which the API may leave as it is (e.g. GET without a preflight header, which Apollo's
 * CSRF prevention refuses).
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.stop();
});

// The server answers 401 without a key, so every audit request carries the admin's.
const audits = serverAudits({
  url: () => api.url,
  fetchFn: (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${api.adminKey}`);
    return fetch(input, { ...init, headers });
  },
});

for (const audit of audits) {
  it(`${audit.id} ${audit.name}`, async () => {
    const result = await audit.fn();
    if (result.status === 'ok') return;
    await result.response.body?.cancel().catch(() => {});
    expect(result.status, `${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`).toBe('notice');
  });
}
