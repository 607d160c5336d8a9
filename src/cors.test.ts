import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { startTestApi, type TestApi } from './testing/api.js';

/** Browsers on other origins, as they speak to the API: a preflight, then the request itself. */
let api: TestApi;
beforeAll(async () => { api = await startTestApi({ corsOrigins: ['https://app.example.com', 'http://localhost:*'] }); });
afterAll(async () => { await api?.stop(); });

const preflight = (origin: string) => fetch(api.url, {
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
});

describe('CORS', () => {
  it('answers a listed origin\'s preflight, then its request, naming the origin', async () => {
    const answer = await preflight('https://app.example.com');
    expect(answer.status).toBe(204);
    expect(Object.fromEntries(answer.headers)).toMatchObject({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-credentials': 'true',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://app.example.com', 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(await response.json()).toEqual({ data: { viewer: { role: 'ADMIN' } }, extensions: { cost: expect.any(Object) } });
  });

  it('lets a localhost origin in on any port when listed so, and no look-alike', async () => {
    expect((await preflight('http://localhost:5173')).status).toBe(204);
    expect((await preflight('http://localhost:5173.evil.example')).status).toBe(403);
    expect((await preflight('http://localhost.evil.example')).status).toBe(403);
  });

  it('refuses an unlisted origin\'s preflight and names no origin in its answers', async () => {
    const answer = await preflight('https://evil.example');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await answer.json() as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention for simple requests, which a browser sends without a preflight', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { origin: 'https://app.example.com', authorization: `Bearer ${api.adminKey}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('CORS_ORIGINS', () => {
  it('lets no origin in by default in production, and local front ends in development', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'development' }).corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']);
    expect(loadConfig({ NODE_ENV: 'development', CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('refuses what is not an origin, and "*" beside others', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/not an origin/);
    expect(() => loadConfig({ CORS_ORIGINS: '*, https://a.example' })).toThrow(/"\*" lets every origin in/);
  });
});

describe('CORS_ORIGINS=*', () => {
  let open: TestApi;
  beforeAll(async () => { open = await startTestApi({ corsOrigins: ['*'] }); });
  afterAll(async () => { await open?.stop(); });

  it('lets any origin in, never with credentials', async () => {
    const answer = await fetch(open.url, { method: 'OPTIONS', headers: { origin: 'https://any.example', 'access-control-request-method': 'POST' } });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
