import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CrashDatabase } from './crash-test/database.js';
import { freePort } from '../src/lib/free-port.js';
import { createAdminKey, ROOT, ServerProcess } from './crash-test/server.js';
import { createClient } from './import/client.js';
import { ensureCounterpartyGroups } from './import/groups.js';
import { runImport, type ImportOutcome } from './import/importer.js';
import { formatCount, formatTotals } from './import/report.js';
import { SAMPLE_GROUP_PATHS, sampleCounterparty, seededRandom } from './import/sample.js';
import { readState } from './import/state.js';
import { IMPORT_TYPES } from './import/types.js';

/**
 * `npm run crash-test`: proves that an import whose server is killed (SIGKILL) at random moments
 * loses at most the chunks in flight, and that running it again completes it without duplicates.
 *
 * A call of `batch` rows covering file rows [c·batch, (c+1)·batch) is written by the server in
 * chunks of IMPORT_CHUNK_ROWS rows, each chunk in its own transaction, in row order; with
 * `concurrency` calls in flight several chunks are being written at once. After each kill, before
 * anything is sent again, every chunk must be in the database completely or not at all, the
 * chunks of a call must be a leading run of it, no external id may appear twice, and every row the
 * importer's resume state counts as done must be there. At the end the database must hold exactly
 * the source rows, and one more pass over the file must find every row UNCHANGED.
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '30000' },
    rounds: { type: 'string', default: '5' },
    batch: { type: 'string', default: '2000' },
    chunk: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    'database-url': { type: 'string', default: process.env.CRASH_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432' },
    'min-delay': { type: 'string', default: '0.2' },
    'max-delay': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'server-dir': { type: 'string', default: ROOT },
  },
});

const number = (name: keyof typeof values, min: number, max: number, whole = true): number => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || (whole && !Number.isInteger(value)) || value < min || value > max) {
    console.error(`--${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}.`);
    process.exit(2);
  }
  return value;
};
const ROWS = number('rows', 1, 10_000_000);
const ROUNDS = number('rounds', 1, 1000);
const BATCH = number('batch', 1, 5000);
const CHUNK = number('chunk', 1, 5000);
const CONCURRENCY = number('concurrency', 1, 32);
const SEED = number('seed', 0, 2 ** 31);
const MIN_DELAY = number('min-delay', 0, 600, false);
const MAX_DELAY = Math.max(MIN_DELAY, number('max-delay', 0, 600, false));
const PREFIX = 'CT';

const spec = IMPORT_TYPES.counterparties;
const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  say(`  FAIL: ${message}`);
};
const say = (message: string) => console.log(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const random = seededRandom(SEED, -1);
/** File row index of an external id `CT-0000042` (row 41). */
const rowIndexOf = (externalId: string) => Number(externalId.slice(PREFIX.length + 1)) - 1;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-crash-test-'));
const sourceFile = path.join(work, 'counterparties.jsonl');
const stateFile = path.join(work, 'import-state.json');
const reportFile = path.join(work, 'import-report.jsonl');
const serverLog = fs.createWriteStream(path.join(work, 'server.log'));
const database = new CrashDatabase(values['database-url']);
let server = null as ServerProcess | null;

/** The chunks of every call: call c covers [c·batch, (c+1)·batch), its chunk k [c·batch + k·chunk, ...). */
function chunksOf(rows: number): Array<{ call: number; chunk: number; first: number; end: number }> {
  const chunks = [];
  for (let call = 0; call * BATCH < rows; call++) {
    const callEnd = Math.min((call + 1) * BATCH, rows);
    for (let first = call * BATCH, chunk = 0; first < callEnd; first += CHUNK, chunk++) {
      chunks.push({ call, chunk, first, end: Math.min(first + CHUNK, callEnd) });
    }
  }
  return chunks;
}

/** The invariant right after a kill, before anything is sent again. Answers rows stored. */
async function checkAfterKill(label: string): Promise<{ stored: number; complete: number; cutCalls: number }> {
  const waitedMs = await database.waitForOtherSessionsToEnd();
  const counts = await database.externalIdCounts();
  const present = new Uint8Array(ROWS);
  let stored = 0;
  for (const [externalId, n] of counts) {
    const index = rowIndexOf(externalId);
    if (!externalId.startsWith(`${PREFIX}-`) || !Number.isInteger(index) || index < 0 || index >= ROWS) {
      fail(`${label}: a counterparty with external id ${externalId} that is not in the source`);
      continue;
    }
    if (n > 1) fail(`${label}: external id ${externalId} is stored ${n} times`);
    present[index] = 1;
    stored += n;
  }
  let complete = 0;
  let cutCalls = 0;
  const perCall = new Map<number, boolean[]>();
  for (const chunk of chunksOf(ROWS)) {
    let n = 0;
    for (let i = chunk.first; i < chunk.end; i++) n += present[i];
    const size = chunk.end - chunk.first;
    if (n !== 0 && n !== size) {
      fail(`${label}: chunk ${chunk.chunk} of call ${chunk.call} (rows ${chunk.first + 1}–${chunk.end}) is partly written: ${n} of ${size} rows`);
    }
    if (n === size) complete += 1;
    const list = perCall.get(chunk.call) ?? [];
    list.push(n === size);
    perCall.set(chunk.call, list);
  }
  for (const [call, chunks] of perCall) {
    const written = chunks.filter(Boolean).length;
    if (chunks.some((done, k) => done !== k < written)) {
      fail(`${label}: the chunks written of call ${call} are not its first ones: ${chunks.map((done) => (done ? '#' : '.')).join('')}`);
    }
    if (written > 0 && written < chunks.length) cutCalls += 1;
  }
  const state = readState(stateFile);
  if (state) {
    const missing = Array.from({ length: state.rowsDone }, (_, i) => i).filter((i) => !present[i]);
    if (missing.length > 0) {
      fail(`${label}: the resume state counts ${state.rowsDone} rows done, but ${missing.length} of them are not stored (first: row ${missing[0] + 1})`);
    }
  }
  say(`  after the kill (sessions gone in ${waitedMs} ms): ${formatCount(stored)} rows stored, ${complete} complete chunks, `
    + `${cutCalls} call(s) cut between chunks, state: ${state ? `${formatCount(state.rowsDone)} rows done` : 'none'}`);
  return { stored, complete, cutCalls };
}

/** Compares every stored counterparty with its source row. */
async function compareWithSource(): Promise<void> {
  const stored = await database.storedRows();
  if (stored.size !== ROWS) fail(`${formatCount(stored.size)} counterparties stored, ${formatCount(ROWS)} in the source`);
  const canonical = (value: unknown): unknown => Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
      : value;
  let differing = 0;
  for (let index = 0; index < ROWS; index++) {
    const source = sampleCounterparty(index, SEED, PREFIX);
    const row = stored.get(source.externalId as string);
    const want = JSON.stringify(canonical(source));
    const got = JSON.stringify(canonical(row ?? null));
    if (want !== got) {
      differing += 1;
      if (differing <= 5) fail(`row ${index + 1} differs:\n    source ${want}\n    stored ${got}`);
    }
  }
  if (differing > 5) fail(`... ${differing} rows differ in all`);
  if (differing === 0 && stored.size === ROWS) say(`  all ${formatCount(ROWS)} stored counterparties equal their source rows, field by field`);
}

async function main(): Promise<void> {
  const started = performance.now();
  say(`Crash test: ${formatCount(ROWS)} counterparties, ${ROUNDS} rounds, calls of ${BATCH} rows, chunks of ${CHUNK}, `
    + `${CONCURRENCY} calls in flight, kills ${MIN_DELAY}–${MAX_DELAY} s after a commit, seed ${SEED}.`);
  say(`  database ${database.name}; files in ${work}`);
  await database.create();
  const serverDir = path.resolve(values['server-dir']);
  server = new ServerProcess(serverDir, { DATABASE_URL: database.url, IMPORT_CHUNK_ROWS: String(CHUNK), NODE_ENV: 'production' }, await freePort(), serverLog);
  await server.start(); // migrates the new database
  const key = await createAdminKey(serverDir, database.url, serverLog);
  await ensureCounterpartyGroups(server.url, key, SAMPLE_GROUP_PATHS);

  const out = fs.createWriteStream(sourceFile);
  for (let index = 0; index < ROWS; index++) {
    if (!out.write(JSON.stringify(sampleCounterparty(index, SEED, PREFIX)) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');

  const client = createClient({ url: server.url, key, retrySeconds: 300 });
  const inFlight = new Set<number>();
  const importer = (signal?: AbortSignal, restart = false) => runImport({
    spec, file: sourceFile, format: 'jsonl', mode: 'UPSERT', batchSize: BATCH, concurrency: CONCURRENCY, client,
    reportFile, stateFile, restart, signal,
    log: (message) => say(`  importer: ${message.split('\n')[0]}`),
    onCall: (event) => (event.phase === 'sent' ? inFlight.add(event.firstRow) : inFlight.delete(event.firstRow)),
  });
  const checkOutcome = (label: string, outcome: ImportOutcome) => {
    if (outcome.status === 'stopped') fail(`${label}: the importer stopped: ${outcome.error}`);
    if (outcome.totals.failed > 0) fail(`${label}: ${outcome.totals.failed} rows failed; see ${reportFile}`);
  };

  // Rounds: odd ones stop the importer as Ctrl-C would and resume it from its state file; even
  // ones leave it retrying its calls until the server is back.
  let run: { outcome: Promise<ImportOutcome>; controller: AbortController } | null = null;
  let finishedEarly: ImportOutcome | null = null;
  let kills = 0;
  let midFlightKills = 0;
  let cutCalls = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    if (!run) {
      const controller = new AbortController();
      run = { controller, outcome: importer(controller.signal) };
    }
    // The kill comes a random time after the round's first commit, so that it can land anywhere:
    // between calls, between the chunks of a call, in the middle of a chunk.
    const roundStart = Date.now();
    const firstCommit = await Promise.race([run.outcome.then(() => 'finished' as const), database.waitForMoreRows(30_000)]);
    const delayMs = Math.round((MIN_DELAY + random() * (MAX_DELAY - MIN_DELAY)) * 1000);
    const finished = firstCommit === 'finished'
      || await Promise.race([run.outcome.then(() => true), sleep(delayMs).then(() => false)]);
    if (finished) {
      say(`Round ${round}: the import finished before the kill; no more rounds.`);
      finishedEarly = await run.outcome;
      run = null;
      break;
    }
    const calls = [...inFlight].sort((a, b) => a - b);
    kills += 1;
    if (calls.length > 0) midFlightKills += 1;
    const resume = round % 2 === 1;
    say(`Round ${round}: killed the server (SIGKILL) ${((Date.now() - roundStart) / 1000).toFixed(1)} s into the round, `
      + `${delayMs} ms after a commit, with ${calls.length} call(s) in flight`
      + `${calls.length ? ` (first rows ${calls.map((first) => formatCount(first + 1)).join(', ')})` : ''}; `
      + `${resume ? 'the importer stops and will resume from its state' : 'the importer keeps retrying'}`);
    await server.kill();
    if (resume) {
      run.controller.abort();
      const outcome = await run.outcome;
      checkOutcome(`round ${round}`, outcome);
      run = null;
    }
    const check = await checkAfterKill(`round ${round}`);
    cutCalls += check.cutCalls;
    await server.start();
  }

  // To the end: the importer still running, or a new one resuming from the state file.
  const last = run ? await run.outcome : finishedEarly ?? await importer();
  checkOutcome('final run', last);
  if (last.status !== 'completed') fail(`the final run did not complete: ${last.status}`);
  say(`Completed: the last run answered ${formatCount(last.rowsThisRun)} rows (resumed after ${formatCount(last.resumedFrom)}): ${formatTotals(last.totalsThisRun)}.`);
  const counts = await database.externalIdCounts();
  const duplicated = [...counts].filter(([, n]) => n > 1);
  if (duplicated.length > 0) fail(`${duplicated.length} external ids stored more than once, e.g. ${duplicated[0][0]}`);
  await compareWithSource();

  const again = await importer(undefined, true);
  const t = again.totalsThisRun;
  if (again.status !== 'completed' || t.unchanged !== ROWS || t.created + t.updated + t.failed + t.skipped > 0) {
    fail(`a pass over all rows again should find every row UNCHANGED; it found ${formatTotals(t)} (${again.status})`);
  } else {
    say(`  a pass over all ${formatCount(ROWS)} rows again finds every one UNCHANGED (${again.seconds.toFixed(1)} s)`);
  }
  if (midFlightKills === 0) fail('no kill came while a call was in flight: nothing was proved; use more rows or shorter delays');
  say(`  ${midFlightKills} of ${kills} kills came with calls in flight; ${cutCalls} time(s) a call was found cut between its chunks`);

  if (!(await server.stop())) say('  note: the server did not exit within 15 s of SIGTERM (killed instead); that is outside what this test checks');
  server = null;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length === 0) {
    say(`PASS in ${seconds} s: no partial chunk, no duplicate after ${kills} kills; the re-run completed the import exactly.`);
  } else {
    say(`FAIL in ${seconds} s: ${failures.length} problem(s):\n${failures.map((f) => `  - ${f.split('\n')[0]}`).join('\n')}`);
    say(`  server log: ${path.join(work, 'server.log')}`);
  }
}

let exitCode = 1;
try {
  await main();
  exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  say(`FAIL: ${(error as Error).stack ?? error}\n  server log: ${path.join(work, 'server.log')}`);
} finally {
  await server?.kill();
  await (values.keep ? database.close() : database.drop()).catch((error) => say(`Could not clean up the database: ${error}`));
  if (values.keep) say(`Kept database ${database.name} and ${work}.`);
  else if (exitCode === 0) fs.rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
