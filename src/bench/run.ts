import postgres from 'postgres';
import { createBenchKey, describeSize, ensureDataset, invalidateDataset } from './dataset';
import { floorUnit, runFloor } from './floors';
import { runLoad, stopLoad, verifyScenario } from './http-load';
import { runImportSection, type ImportResult } from './import';
import { readOptions, type BenchOptions } from './options';
import {
  describeMachine, judgeTargets, round, scenarioResult, toMarkdown, writeReport, type ScenarioResult,
} from './report';
import { httpScenarios, pickSearchTerms, type HttpScenario, type HttpScenarioName, type SearchTerms } from './scenarios';
import { startServerProcess, type ServerProcess } from './server-process';

/**
 * `npm run bench`: seeds (or reuses) a PostgreSQL data set, starts the API server as production
 * does, loads it with autocannon scenario by scenario, measures each scenario's SQL floor straight
 * through postgres.js, times the import mutation against COPY, and writes the report.
 */
const fmt = (value: number) => Math.round(value).toLocaleString('en-US');

interface Run {
  options: BenchOptions;
  server: ServerProcess;
  key: string;
  sql: postgres.Sql;
  terms: SearchTerms;
}

/** Checks the answers, warms up, loads the server, then measures the same work's floor. */
async function measureScenario({ options, server, key, sql, terms }: Run, scenario: HttpScenario): Promise<ScenarioResult> {
  const name = scenario.name;
  const load = { connections: options.connections, seconds: options.duration };
  const statements = await verifyScenario(server.baseUrl, key, scenario);
  console.log(`\n${name}: ${scenario.description}; ${statements.join(', ')} SQL statements per request.`);
  if (options.warmup > 0) await runLoad(server.baseUrl, key, scenario, { ...load, seconds: options.warmup });

  server.resetPeak();
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad(server.baseUrl, key, scenario, load);
  const cpuAfter = server.cpuSeconds();
  const observed = {
    peakRssMb: server.peakRssMb(),
    cpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    seconds: options.duration,
  };
  console.log(`${name}: ${fmt(result.reqPerSec)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, `
    + `${result.non2xx} non-2xx, ${result.errors} errors, ${result.graphqlErrors} GraphQL errors; server peak RSS ${fmt(observed.peakRssMb)} MB.`);

  const unit = floorUnit(name, sql, terms);
  if (options.warmup > 0) await runFloor(unit, { workers: options.connections, seconds: options.warmup });
  const floor = await runFloor(unit, { workers: options.connections, seconds: options.duration });
  const measured = scenarioResult(scenario.description, result, floor, statements, observed);
  console.log(`${name} floor: ${fmt(floor.reqPerSec)} req/s, p50 ${floor.p50Ms.toFixed(1)} ms, p99 ${floor.p99Ms.toFixed(1)} ms; `
    + `server ÷ floor ${measured.ratio.toFixed(2)}.`);
  return measured;
}

const options = readOptions();
const runId = Date.now().toString(36);
const startedAt = new Date().toISOString();

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

let server: ServerProcess | null = null;
let interrupted = false;
const interrupt = (signal: NodeJS.Signals) => {
  if (interrupted) return;
  interrupted = true;
  console.error(`\n${signal}: stopping the load and the server.`);
  stopLoad();
  void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

const measured: Partial<Record<HttpScenarioName, ScenarioResult>> = {};
let imported: ImportResult | null = null;
let overallPeak = 0;
try {
  server = await startServerProcess(options.databaseUrl);
  console.log(`Server: pid ${server.pid} at ${server.baseUrl}; data set ${describeSize(options.size)}.`);
  const run: Run = { options, server, key, sql, terms };

  for (const name of options.only) {
    if (interrupted || name === 'import') continue;
    measured[name] = await measureScenario(run, scenarios[name]);
    overallPeak = Math.max(overallPeak, measured[name].serverPeakRssMb);
  }

  if (options.only.includes('import') && !interrupted) {
    console.log('');
    server.resetPeak();
    try {
      imported = await runImportSection({
        baseUrl: server.baseUrl, key, sql, rows: options.importRows, runId,
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
  await server?.stop();
  await sql.end({ timeout: 5 });
}

const partial = {
  startedAt,
  settings: { durationSeconds: options.duration, warmupSeconds: options.warmup, connections: options.connections, importRows: options.importRows },
  machine,
  dataset: { ...options.size, reused: dataset.reused, seedSeconds: dataset.seedSeconds === null ? null : round(dataset.seedSeconds, 1) },
  scenarios: measured,
  serverPeakRssMb: overallPeak > 0 ? round(overallPeak, 1) : null,
  import: imported,
};
const results = { ...partial, targets: judgeTargets(partial) };
const markdownPath = writeReport(options.out, results);
console.log(`\n${toMarkdown(results)}\nWritten to ${options.out} and ${markdownPath}.`);
