import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The quick start as a user runs it: `npm start` on an embedded data directory, as real processes,
 * with the command-line tools run beside it against the same folder.
 */
const dataDirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-start-'));
  dataDirs.push(dir);
  return dir;
}

interface Started { child: ChildProcess; url: string; serverPid: number; output: () => string; exited: Promise<number | null> }

/** The environment of a server or tool run; a null NODE_ENV leaves it unset, as the quick start does. */
const serverEnv = (dataDir: string, nodeEnv: string | null = 'production') => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '' };
  if (nodeEnv === null) delete env.NODE_ENV;
  else env.NODE_ENV = nodeEnv;
  return env;
};

/**
 * Starts the server as `node` directly, or through `npm start` as the quick start runs it (no
 * NODE_ENV: the sources through tsx) or as a deployment does (NODE_ENV=production: the build).
 */
async function start(dataDir: string, via: 'node' | 'npm' | 'npm-production' = 'node'): Promise<Started> {
  const [command, args] = via === 'node' ? [process.execPath, ['--import', 'tsx', 'src/main.ts']] : ['npm', ['start', '--silent']];
  const env = via === 'npm' ? serverEnv(dataDir, null) : serverEnv(dataDir);
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const [url, pid] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+) .*pid (\d+)\)/.exec(output);
      if (match) { clearInterval(timer); resolve([match[1], match[2]]); }
    }, 50);
    void exited.then(() => { clearInterval(timer); reject(new Error(`server exited: ${output}`)); });
  });
  return { child, url, serverPid: Number(pid), output: () => output, exited };
}

/** Runs a command-line tool to its end against `dataDir`. */
function cli(dataDir: string, script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { env: serverEnv(dataDir), encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function graphql<Data = any>(url: string, key: string, query: string): Promise<{ status: number; data?: Data; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...await response.json() as { data?: Data; errors?: unknown[] } };
}

const viewerRole = async (url: string, key: string) => (await graphql<{ viewer: { role: string } }>(url, key, '{ viewer { role } }')).data?.viewer.role;
const counterpartyCount = async (url: string, key: string) =>
  (await graphql<{ counterparties: { totalCount: number } }>(url, key, '{ counterparties { totalCount } }')).data?.counterparties.totalCount;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('starts on an empty embedded database, saves an admin key without printing it, and stops cleanly on SIGTERM', async () => {
  const dataDir = freshDataDir();
  const first = await start(dataDir);
  const keyFile = path.join(dataDir, 'admin-key');
  const key = fs.readFileSync(keyFile, 'utf8').trim();
  expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  expect(first.output()).not.toContain(key);
  expect(first.output()).toContain(keyFile);
  // The embedded database's server listens on the loopback address only.
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  expect(await viewerRole(first.url, key)).toBe('ADMIN');
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(first.output()).toMatch(/SIGTERM received/);

  const second = await start(dataDir);
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
  expect(await response.json()).toEqual({ data: { viewer: { role: 'ADMIN' } }, extensions: { cost: expect.any(Object) } });
  expect(await second.exited).toBe(0);
}, 60_000);

it('keeps the embedded database to one process: the CLIs are refused while the server runs, and nothing is lost', async () => {
  const dataDir = freshDataDir();
  const server = await start(dataDir);
  const key = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  const created = await graphql(server.url, key, 'mutation { createCounterparty(input: { kind: ORGANIZATION, name: "Kept Ltd" }) { userErrors { code } } }');
  expect(created.errors).toBeUndefined();

  // Each writing CLI gets one clear line naming the server's process, and writes nothing.
  const refusal = new RegExp(`in use by process ${server.serverPid} .*stop that process first`);
  const seed = cli(dataDir, 'seed', '--counterparties', '5');
  expect(seed.status).toBe(1);
  expect(seed.stderr).toMatch(refusal);
  const apikey = cli(dataDir, 'apikey', 'create', '--role', 'VIEWER');
  expect(apikey.status).toBe(1);
  expect(apikey.stderr).toMatch(refusal);
  expect(apikey.stdout).not.toMatch(/Created/);
  expect(cli(dataDir, 'migrate').stderr).toMatch(refusal);

  expect(await counterpartyCount(server.url, key)).toBe(1);
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);

  // With the server stopped the CLIs work, and the next server sees what they wrote.
  const made = cli(dataDir, 'apikey', 'create', '--role', 'VIEWER');
  expect(made.status).toBe(0);
  const viewerKey = /^\s+(\S+)\s*$/m.exec(made.stdout)![1];
  expect(cli(dataDir, 'seed', '--counterparties', '5').status).toBe(0);

  const restarted = await start(dataDir);
  expect(await counterpartyCount(restarted.url, key)).toBeGreaterThanOrEqual(6);
  expect((await graphql(restarted.url, key, '{ counterparties(where: { search: "Kept Ltd" }) { totalCount } }')).data).toEqual({ counterparties: { totalCount: 1 } });
  expect(await viewerRole(restarted.url, viewerKey)).toBe('VIEWER');

  // A server killed outright leaves its lock behind; the next opener finds its process gone and takes over.
  restarted.child.kill('SIGKILL');
  await restarted.exited;
  expect(fs.existsSync(path.join(dataDir, 'owner.lock'))).toBe(true);
  const afterCrash = await start(dataDir);
  expect(await viewerRole(afterCrash.url, viewerKey)).toBe('VIEWER');
  afterCrash.child.kill('SIGTERM');
  expect(await afterCrash.exited).toBe(0);
  expect(fs.existsSync(path.join(dataDir, 'owner.lock'))).toBe(false);
}, 180_000);

it('passes SIGTERM through `npm start` to the server, which finishes in-flight requests and leaves no process behind', async () => {
  const dataDir = freshDataDir();
  const server = await start(dataDir, 'npm');
  const key = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  // Bodies that are still arriving when the signal comes.
  const slowRequest = (i: number) => fetch(server.url, {
    method: 'POST',
    duplex: 'half',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"query": "mutation { createCounterparty(input: { kind: ORGANIZATION, name: \\"In flight ${i}\\" }) `));
        await new Promise((resolve) => setTimeout(resolve, 800));
        controller.enqueue(new TextEncoder().encode('{ counterparty { name } } }"}'));
        controller.close();
      },
    }),
  } as RequestInit).then(async (response) => ({ status: response.status, body: await response.json() }));
  const inFlight = Array.from({ length: 5 }, (_, i) => slowRequest(i));
  await new Promise((resolve) => setTimeout(resolve, 300));
  server.child.kill('SIGTERM');
  const answers = await Promise.all(inFlight);
  for (const [i, answer] of answers.entries()) {
    expect(answer).toEqual({ status: 200, body: { data: { createCounterparty: { counterparty: { name: `In flight ${i}` } } }, extensions: { cost: expect.any(Object) } } });
  }
  await server.exited;
  await expect.poll(() => isRunning(server.serverPid), { timeout: 15_000 }).toBe(false);
  expect(server.output()).toMatch(/SIGTERM received/);
}, 120_000);

it('runs the compiled server from `npm run build` when NODE_ENV=production, as a deployment does', async () => {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', timeout: 180_000 });
  expect(build.stderr + build.stdout).toBe('');
  expect(build.status).toBe(0);
  const dataDir = freshDataDir();
  const server = await start(dataDir, 'npm-production');
  expect(fs.readFileSync(`/proc/${server.serverPid}/cmdline`, 'utf8').split('\0')).toContain('dist/src/main.js');
  const base = server.url.replace('/graphql', '');
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
  const key = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  const answer = await fetch(server.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: '{ viewer { role } }' }),
  });
  expect(await answer.json()).toEqual({ data: { viewer: { role: 'ADMIN' } }, extensions: { cost: expect.any(Object) } });
  server.child.kill('SIGTERM');
  await server.exited;
  await expect.poll(() => isRunning(server.serverPid), { timeout: 15_000 }).toBe(false);
}, 240_000);

it.skipIf(!process.env.DATABASE_URL)('stops with one line when the PostgreSQL database does not exist', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = '/crm_no_such_database';
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: '0' }, encoding: 'utf8', timeout: 60_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe(`The PostgreSQL database "crm_no_such_database" does not exist on ${url.host}: create it (createdb crm_no_such_database) or point DATABASE_URL at one that does.`);
});
