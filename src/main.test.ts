import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The quick start as a user runs it: `npm start` on an empty data directory, as a real process.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-start-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Started { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }

async function start(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) { clearInterval(timer); resolve(match[1]); }
    }, 50);
    void exited.then(() => { clearInterval(timer); reject(new Error(`server exited: ${output}`)); });
  });
  return { child, url, output: () => output, exited };
}

const viewerRole = async (url: string, key: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
  });
  const body = await response.json() as { data?: { viewer: { role: string } } };
  return body.data?.viewer.role;
};

it('starts on an empty embedded database, prints and saves an admin key once, and stops cleanly on SIGTERM', async () => {
  const first = await start();
  const key = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  expect(first.output()).toContain(key);
  expect(await viewerRole(first.url, key)).toBe('ADMIN');
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(first.output()).toMatch(/SIGTERM received/);

  const second = await start();
  expect(second.output()).not.toMatch(/Created the first ADMIN API key/);
  expect(await viewerRole(second.url, key)).toBe('ADMIN');

  // A request still arriving when SIGTERM comes is answered before the process exits.
  const encoder = new TextEncoder();
  const slowBody = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode('{"query": "{ viewer '));
      await new Promise((resolve) => setTimeout(resolve, 600));
      controller.enqueue(encoder.encode('{ role } }"}'));
      controller.close();
    },
  });
  const inFlight = fetch(second.url, {
    method: 'POST', body: slowBody, duplex: 'half',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
  } as RequestInit);
  setTimeout(() => second.child.kill('SIGTERM'), 200);
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  expect(await second.exited).toBe(0);
}, 60_000);
