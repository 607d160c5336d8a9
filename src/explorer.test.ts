import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/api.js';

/**
 * The explorer a browser gets at /graphql: GraphiQL from this server's own files. Checked over
 * HTTP, and in headless Chromium (Debian's `chromium`, which `.ci/run` installs): the page loads
 * with nothing from another origin, its headers editor carries a key, a query runs, and its
 * answer is on the page.
 */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => file && fs.existsSync(file));

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ explorer: true }); });
afterAll(async () => { await api?.stop(); });

const base = () => api.url.replace('/graphql', '');

describe('the explorer over HTTP', () => {
  it('answers a browser at /graphql with the page, and serves its files from the server', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<script src="/explorer/graphiql.min.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    for (const [file, type] of [['graphiql.min.js', 'text/javascript'], ['graphiql.min.css', 'text/css'], ['react.production.min.js', 'text/javascript']]) {
      const asset = await fetch(`${base()}/explorer/${file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${base()}/explorer/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base()}/explorer/package.json`)).status).toBe(404);
    // GraphQL clients are answered as before.
    expect((await api.request('{ viewer { role } }')).data).toEqual({ viewer: { role: 'ADMIN' } });
  });

  it('is off when EXPLORER is false: no page, no files', async () => {
    const closed = await startTestApi({ explorer: false });
    try {
      const page = await fetch(closed.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/^text\/html/);
      expect((await fetch(closed.url.replace('/graphql', '/explorer/graphiql.min.js'))).status).toBe(404);
    } finally {
      await closed.stop();
    }
  });
});

describe.skipIf(!CHROMIUM)('the explorer in headless Chromium', () => {
  it('loads offline, runs a query with the key from its headers editor, and shows the answer', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const elsewhere: string[] = [];
      const fresh = await browser.newPage();
      fresh.on('request', (request) => { if (!request.url().startsWith(base())) elsewhere.push(request.url()); });
      await fresh.goto(api.url);
      // The headers editor is open and prefilled for a key.
      await expect.poll(() => fresh.locator('.graphiql-editor-tool').innerText(), { timeout: 20_000 }).toContain('Bearer <your API key>');

      // What a person types into the headers and query editors, where GraphiQL keeps them, in a
      // browser profile of its own (no tabs saved by the first page).
      const page = await (await browser.newContext()).newPage();
      page.on('request', (request) => { if (!request.url().startsWith(base())) elsewhere.push(request.url()); });
      await page.addInitScript(({ key }) => {
        const storage = (globalThis as unknown as { localStorage: { setItem(name: string, value: string): void } }).localStorage;
        storage.setItem('graphiql:headers', JSON.stringify({ Authorization: `Bearer ${key}` }));
        storage.setItem('graphiql:query', 'query WhoAmI { viewer { role } }');
      }, { key: api.adminKey });
      await page.goto(api.url);
      await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain('WhoAmI');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 20_000 }).toContain('"role": "ADMIN"');

      // The docs explorer reads the schema; the history keeps the query.
      await page.locator('button[aria-label="Show Documentation Explorer"]').click();
      await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 20_000 }).toMatch(/Root Types/);
      await page.locator('button[aria-label="Show History"]').click();
      await expect.poll(() => page.locator('.graphiql-history').innerText(), { timeout: 20_000 }).toContain('WhoAmI');
      expect(elsewhere).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

if (!CHROMIUM) console.warn('The explorer\'s browser test is skipped: no Chromium at /usr/bin/chromium (apt-get install chromium), nor CHROMIUM_PATH.');
