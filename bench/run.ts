import postgres from 'postgres';
import { prepareBaseline, type Baseline } from './baseline.js';
import { withCapturingServer, type CapturedRequest } from './captured-sql.js';
import { createBenchKey, describeSize, ensureDataset, invalidateDataset } from './dataset.js';
import { measureExecution } from './execution.js';
import { replayUnit, runFloor } from './floors.js';
import { runLoad, stopLoad, verifyScenario, type LoadResult } from './http-load.js';
import { runImportSection, type ImportResult } from './import.js';
import { readOptions, type BenchOptions } from './options.js';
import { planSummaries } from './plans.js';
import {
  describeMachine, judgeTargets, round, summarizeLoads, toMarkdown, writeReport, type ScenarioResult, type ServerObservation,
} from './report.js';
import { httpScenarios, pickSearchTerms, type HttpScenario, type HttpScenarioName } from './scenarios.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/**
 * `npm run bench`: seeds (or reuses) a PostgreSQL data set, starts this checkout's API server as
 * production does (and, with `--baseline`, another commit's beside it), loads them with autocannon
 * scenario by scenario, taking turns, replays the SQL this checkout sends as the floor, measures
 * the execution in process, explains each statement's plan, times the import mutation against
 * COPY, and writes the report.
 */
const fmt = (value: number) => Math.round(value).toLocaleString('en-US');

interface Run {
  options: BenchOptions;
  servers: ServerProcess[];
  key: string;
  sql: postgres.Sql;
  captured: Map<HttpScenarioName, CapturedRequest[]>;
}

/** One measured load of `server`, with the CPU and memory it used meanwhile. */
async function measureLoad(run: Run, server: ServerProcess, scenario: HttpScenario): Promise<{ load: LoadResult; observed: ServerObservation }> {
  const load = { connections: run.options.connections, seconds: run.options.duration };
  if (run.options.warmup > 0) await runLoad(server.baseUrl, run.key, scenario, { ...load, seconds: run.options.warmup });
  server.resetPeak();
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad(server.baseUrl, run.key, scenario, load);
  const cpuAfter = server.cpuSeconds();
  const observed = {
    peakRssMb: server.peakRssMb(),
    cpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    seconds: run.options.duration,
  };
  console.log(`${scenario.name} on ${server.label}: ${fmt(result.reqPerSec)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, `
    + `${observed.cpuSeconds !== null ? `${((observed.cpuSeconds * 1000) / result.requests).toFixed(2)} ms of CPU per request, ` : ''}`
    + `${result.non2xx} non-2xx, ${result.errors} errors, ${result.graphqlErrors} GraphQL errors.`);
  return { load: result, observed };
}

/** Every server's rounds (taking turns), then this checkout's floor, execution and plans. */
async function measureScenario(run: Run, scenario: HttpScenario): Promise<ScenarioResult> {
  const { options, servers, sql } = run;
  const statements = await Promise.all(servers.map((server) => verifyScenario(server.baseUrl, run.key, scenario)));
  console.log(`\n${scenario.name}: ${scenario.description}; SQL statements per request: `
    + `${servers.map((server, i) => `${statements[i].join(', ')} (${server.label})`).join(', ')}.`);
  const rounds = servers.map(() => [] as { load: LoadResult; observed: ServerObservation }[]);
  for (let turn = 0; turn < options.rounds; turn++) {
    // Each round the other server goes first, so neither always runs on a warmer or a cooler machine.
    const order = servers.map((_, i) => i);
    if (turn % 2 === 1) order.reverse();
    for (const i of order) rounds[i].push(await measureLoad(run, servers[i], scenario));
  }
  const [server, baseline] = rounds.map((measured, i) => summarizeLoads(measured, statements[i]));

  const captured = run.captured.get(scenario.name)!;
  const unit = replayUnit(sql, captured);
  if (options.warmup > 0) await runFloor(unit, { workers: options.connections, seconds: options.warmup });
  const floor = await runFloor(unit, { workers: options.connections, seconds: options.duration });
  console.log(`${scenario.name} floor: ${fmt(floor.reqPerSec)} req/s, p50 ${floor.p50Ms.toFixed(1)} ms, p99 ${floor.p99Ms.toFixed(1)} ms, `
    + `${floor.clientCpuMsPerRequest.toFixed(2)} ms of driver CPU per request.`);
  const execution = await measureExecution(options.databaseUrl, scenario.bodies, {
    concurrency: options.connections, warmupSeconds: options.warmup, seconds: options.duration,
  });
  console.log(`${scenario.name} execution in process: ${execution.cpuMsPerRequest.toFixed(2)} ms of CPU per request.`);
  const plans = await planSummaries(sql, captured[0]);
  return {
    description: scenario.description,
    server,
    baseline: baseline ?? null,
    floor: { ...floor, reqPerSec: round(floor.reqPerSec, 1), p50Ms: round(floor.p50Ms, 2), p99Ms: round(floor.p99Ms, 2), clientCpuMsPerRequest: round(floor.clientCpuMsPerRequest, 3) },
    executionCpuMsPerRequest: round(execution.cpuMsPerRequest, 2),
    plans,
  };
}

const options = readOptions();
const runId = Date.now().toString(36);
const startedAt = new Date().toISOString();

const baseline: Baseline | null = options.baseline ? prepareBaseline(options.baseline) : null;
const dataset = await ensureDataset(options.databaseUrl, options.size);
const key = await createBenchKey(options.databaseUrl);
// One pool for the floors (a connection per worker) and the bench's own reads.
const sql = postgres(options.databaseUrl, { max: options.connections, onnotice: () => {} });
const machine = await describeMachine(sql);
if (machine.loadAverageAtStart[0] > machine.cpuCount / 2) {
  console.warn(`Load average ${machine.loadAverageAtStart[0]} on ${machine.cpuCount} cores: other work is running, and every figure will be lower for it.`);
}
const terms = await pickSearchTerms(sql, options.size.counterparties);
const scenarios = httpScenarios(terms);
const readScenarios = options.only.filter((name): name is HttpScenarioName => name !== 'import');

// The SQL this checkout sends for each scenario's requests, as it sends it: the floors replay it.
const captured = await withCapturingServer(options.databaseUrl, key, async (capture) => {
  const byScenario = new Map<HttpScenarioName, CapturedRequest[]>();
  for (const name of readScenarios) {
    const requests: CapturedRequest[] = [];
    for (const body of scenarios[name].bodies) requests.push(await capture(body));
    byScenario.set(name, requests);
  }
  return byScenario;
});

const servers: ServerProcess[] = [];
let interrupted = false;
const interrupt = (signal: NodeJS.Signals) => {
  if (interrupted) return;
  interrupted = true;
  console.error(`\n${signal}: stopping the load and the servers.`);
  stopLoad();
  void Promise.all(servers.map((server) => server.stop())).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

const measured: Partial<Record<HttpScenarioName, ScenarioResult>> = {};
let imported: ImportResult | null = null;
let overallPeak = 0;
try {
  servers.push(await startServerProcess(options.databaseUrl));
  if (baseline) servers.push(await startServerProcess(options.databaseUrl, `baseline ${baseline.revision}`, baseline.dir));
  for (const server of servers) console.log(`Server (${server.label}): pid ${server.pid} at ${server.baseUrl}; data set ${describeSize(options.size)}.`);
  const run: Run = { options, servers, key, sql, captured };

  for (const name of readScenarios) {
    if (interrupted) break;
    measured[name] = await measureScenario(run, scenarios[name]);
    overallPeak = Math.max(overallPeak, measured[name].server.serverPeakRssMb);
  }

  if (options.only.includes('import') && !interrupted) {
    console.log('');
    const server = servers[0];
    server.resetPeak();
    try {
      imported = await runImportSection({
        baseUrl: server.baseUrl, key, sql, rows: options.importRows, rounds: options.rounds, runId,
        onDirty: () => invalidateDataset(options.databaseUrl),
      });
    } catch (error) {
      // The read scenarios' figures are still worth the report; the exit code tells of the failure.
      console.error('Import failed:', error);
      imported = { status: 'failed', reason: (error as Error).message.split('\n')[0] };
      process.exitCode = 1;
    }
    overallPeak = Math.max(overallPeak, server.peakRssMb());
    if (imported.status === 'measured') {
      console.log(`Import: ${fmt(imported.rowsPerSec)} rows/s; COPY ${fmt(imported.copyRowsPerSec)} rows/s; ratio ${imported.ratio.toFixed(2)}.`);
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await sql.end({ timeout: 5 });
}

const partial = {
  startedAt,
  settings: { durationSeconds: options.duration, warmupSeconds: options.warmup, connections: options.connections, rounds: options.rounds, importRows: options.importRows },
  machine,
  dataset: { ...options.size, reused: dataset.reused, seedSeconds: dataset.seedSeconds === null ? null : round(dataset.seedSeconds, 1) },
  baseline: baseline ? { revision: baseline.revision, commit: baseline.commit } : null,
  scenarios: measured,
  serverPeakRssMb: overallPeak > 0 ? round(overallPeak, 1) : null,
  import: imported,
};
const results = { ...partial, targets: judgeTargets(partial) };
const markdownPath = writeReport(options.out, results);
console.log(`\n${toMarkdown(results)}\nWritten to ${options.out} and ${markdownPath}.`);
