import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type postgres from 'postgres';
import type { SeedSize } from '../src/cli/seed-sql.js';
import type { FloorResult } from './floors.js';
import type { LoadResult } from './http-load.js';
import type { ImportResult } from './import.js';
import type { PlanSummary } from './plans.js';
import type { HttpScenarioName } from './scenarios.js';

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Everything one run measured, as written to the JSON report. */
export interface BenchResults {
  startedAt: string;
  settings: { durationSeconds: number; warmupSeconds: number; connections: number; rounds: number; importRows: number };
  machine: Machine;
  dataset: SeedSize & { reused: boolean; seedSeconds: number | null };
  /** The commit measured beside this checkout, when `--baseline` was given. */
  baseline: { revision: string; commit: string } | null;
  scenarios: Partial<Record<HttpScenarioName, ScenarioResult>>;
  /** Peak resident memory of this checkout's server over all loads, import included, in MB. */
  serverPeakRssMb: number | null;
  import: ImportResult | null;
  targets: TargetResult[];
}

/** One server's figures for one scenario, over all its rounds. */
export interface LoadSummary extends LoadResult {
  /** SQL statements a repeated request sends, one figure per rotated body (a cached API key needs no lookup). */
  statementsPerRequest: number[];
  /** Server CPU time per request, and the cores it kept busy on average, during the measured loads. */
  serverCpuMsPerRequest: number | null;
  serverCpuCores: number | null;
  serverPeakRssMb: number;
}

/**
 * A scenario: this checkout's server and the baseline's under the same load in the same run, the
 * floor (the SQL this checkout sends, replayed), and where this checkout's time goes.
 */
export interface ScenarioResult {
  description: string;
  server: LoadSummary;
  baseline: LoadSummary | null;
  floor: FloorResult;
  /** CPU per request of executing the operation in process (resolvers, loaders, driver), without Apollo, serialising or HTTP. */
  executionCpuMsPerRequest: number;
  plans: PlanSummary[];
}

export interface Machine {
  cpuModel: string;
  cpuCount: number;
  totalMemoryMb: number;
  platform: string;
  node: string;
  postgres: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews every figure. */
  loadAverageAtStart: number[];
}

export interface TargetResult {
  target: string;
  measured: string | null;
  /** null when the run did not measure it (scenario left out, no baseline, import skipped). */
  pass: boolean | null;
}

export async function describeMachine(sql: postgres.Sql): Promise<Machine> {
  const [{ version }] = await sql<{ version: string }[]>`select version()`;
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: version,
    loadAverageAtStart: os.loadavg().map((value) => round(value, 2)),
  };
}

/** What one server did under load: its loads' figures, with the CPU and memory seen of it. */
export interface ServerObservation {
  peakRssMb: number;
  cpuSeconds: number | null;
  seconds: number;
}

/** One server's rounds of a scenario, summed: rates and CPU over all requests, latencies averaged. */
export function summarizeLoads(rounds: { load: LoadResult; observed: ServerObservation }[], statements: number[]): LoadSummary {
  const sum = (pick: (load: LoadResult) => number) => rounds.reduce((total, { load }) => total + pick(load), 0);
  const mean = (pick: (load: LoadResult) => number) => sum(pick) / rounds.length;
  const seconds = rounds.reduce((total, { observed }) => total + observed.seconds, 0);
  const cpus = rounds.map(({ observed }) => observed.cpuSeconds);
  const cpu = cpus.every((value) => value !== null) ? (cpus as number[]).reduce((a, b) => a + b, 0) : null;
  const requests = sum((load) => load.requests);
  return {
    reqPerSec: round(requests / seconds, 1),
    p50Ms: round(mean((load) => load.p50Ms), 1),
    p99Ms: round(mean((load) => load.p99Ms), 1),
    requests,
    non2xx: sum((load) => load.non2xx),
    errors: sum((load) => load.errors),
    timeouts: sum((load) => load.timeouts),
    graphqlErrors: sum((load) => load.graphqlErrors),
    statementsPerRequest: statements,
    serverCpuMsPerRequest: cpu !== null && requests > 0 ? round((cpu * 1000) / requests, 2) : null,
    serverCpuCores: cpu !== null ? round(cpu / seconds, 2) : null,
    serverPeakRssMb: round(Math.max(...rounds.map(({ observed }) => observed.peakRssMb)), 1),
  };
}

const int = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));
const times = (value: number) => `${value.toFixed(2)}×`;

/** The targets of the issue, each judged against this run's figures (ratios only where a baseline ran). */
export function judgeTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const { flat, nested, search } = results.scenarios;
  const imported = results.import?.status === 'measured' ? results.import : null;
  const rss = results.serverPeakRssMb;
  const cpu = (name: string, scenario: ScenarioResult | undefined, limit: number): TargetResult => ({
    target: `${name} server CPU ≤ ${limit} ms / request`,
    measured: scenario?.server.serverCpuMsPerRequest != null ? `${scenario.server.serverCpuMsPerRequest} ms` : null,
    pass: scenario?.server.serverCpuMsPerRequest != null ? scenario.server.serverCpuMsPerRequest <= limit : null,
  });
  // The issue's aim ("a third of the CPU", "at half") as a share of the baseline's CPU in the same
  // run; the limits in ms above were that share of it on the machine the issue was measured on.
  const cpuShare = (name: string, scenario: ScenarioResult | undefined, share: string, limit: number): TargetResult => {
    const ours = scenario?.server.serverCpuMsPerRequest;
    const theirs = scenario?.baseline?.serverCpuMsPerRequest;
    const ratio = ours != null && theirs != null ? ours / theirs : null;
    return { target: `${name} server CPU ≤ ${share} of the baseline's`, measured: ratio !== null ? ratio.toFixed(2) : null, pass: ratio !== null ? ratio <= limit : null };
  };
  const faster = (name: string, scenario: ScenarioResult | undefined, factor: number): TargetResult => {
    const ratio = scenario?.baseline ? scenario.server.reqPerSec / scenario.baseline.reqPerSec : null;
    return { target: `${name} req/s ≥ ${factor}× the baseline's`, measured: ratio !== null ? times(ratio) : null, pass: ratio !== null ? ratio >= factor : null };
  };
  const scenarios = Object.entries(results.scenarios) as [string, ScenarioResult][];
  const seqScans = scenarios.flatMap(([name, s]) => s.plans.flatMap((plan) => plan.largeSequentialScans.map((table) => `${name}: ${table}`)));
  const sortedReads = scenarios.flatMap(([name, s]) => s.plans.flatMap((plan) => plan.sortedLimitedReads.map((index) => `${name}: ${index}`)));
  const nestedStatements = nested && Math.max(...nested.server.statementsPerRequest);
  const baselineStatements = nested?.baseline && Math.max(...nested.baseline.statementsPerRequest);
  return [
    cpu('nested', nested, 5),
    cpuShare('nested', nested, '1/3', 1 / 3),
    faster('nested', nested, 2.5),
    { target: 'nested p99 ≤ 120 ms', measured: nested ? `${ms(nested.server.p99Ms)} ms` : null, pass: nested ? nested.server.p99Ms <= 120 : null },
    {
      target: 'nested statements ≤ the baseline\'s',
      measured: nestedStatements ? `${nestedStatements}${baselineStatements ? ` (baseline ${baselineStatements})` : ''}` : null,
      pass: nestedStatements && baselineStatements ? nestedStatements <= baselineStatements : null,
    },
    cpu('flat', flat, 0.6),
    cpuShare('flat', flat, '1/2', 1 / 2),
    faster('flat', flat, 1.5),
    { target: 'import ≥ 0.8 of COPY', measured: imported ? imported.ratio.toFixed(2) : null, pass: imported ? imported.ratio >= 0.8 : null },
    {
      target: 'no sequential scan of a large table',
      measured: scenarios.length > 0 ? (seqScans.length === 0 ? 'none' : seqScans.join(', ')) : null,
      pass: scenarios.length > 0 ? seqScans.length === 0 : null,
    },
    {
      target: 'no LIMIT that sorts what an index read',
      measured: scenarios.length > 0 ? (sortedReads.length === 0 ? 'none' : sortedReads.join(', ')) : null,
      pass: scenarios.length > 0 ? sortedReads.length === 0 : null,
    },
    { target: 'search p99 < 20 ms', measured: search ? `${ms(search.server.p99Ms)} ms` : null, pass: search ? search.server.p99Ms < 20 : null },
    { target: 'server RSS < 300 MB', measured: rss !== null ? `${int(rss)} MB` : null, pass: rss !== null ? rss < 300 : null },
  ];
}

const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : '**fail**');

function serverRow(name: string, who: string, s: LoadSummary): string {
  return `| ${name} | ${who} | ${int(s.reqPerSec)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${[...new Set(s.statementsPerRequest)].join(', ')} `
    + `| ${s.serverCpuMsPerRequest ?? '–'} | ${int(s.serverPeakRssMb)} | ${s.non2xx} | ${s.errors + s.graphqlErrors} |`;
}

/** The report as Markdown: what ran where, each scenario against its baseline and floor, where the time goes, the plans, the targets. */
export function toMarkdown(results: BenchResults): string {
  const { machine, dataset, settings, baseline } = results;
  const scenarios = Object.entries(results.scenarios) as [string, ScenarioResult][];
  const lines = [
    `Run of ${results.startedAt}: ${machine.cpuCount} × ${machine.cpuModel}, ${int(machine.totalMemoryMb)} MB, Node ${machine.node}, `
      + `${machine.postgres.split(' on ')[0]}; server, load generator and database on the same machine `
      + `(load average ${machine.loadAverageAtStart.join(', ')} at the start).`,
    `Data set: ${int(dataset.counterparties)} counterparties, ${dataset.personsPerCounterparty} persons, `
      + `${dataset.chroniclePerCounterparty} chronicle entries and ${dataset.obligationsPerCounterparty} obligations each. `
      + `Load: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.rounds} × ${settings.durationSeconds} s measured per server`
      + `${baseline ? `, this checkout and the baseline ${baseline.revision} (${baseline.commit.slice(0, 8)}) taking turns` : ''}.`,
    '',
    '| scenario | server | req/s | p50 ms | p99 ms | SQL statements / request | server CPU ms / request | peak RSS MB | non-2xx | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, s] of scenarios) {
    lines.push(serverRow(name, 'this checkout', s.server));
    if (s.baseline) lines.push(serverRow(name, `baseline ${baseline?.revision}`, s.baseline));
  }
  lines.push('', 'Where the time goes (this checkout): the floor replays the SQL the server sent for one request, as it sent it; '
    + 'execution runs the compiled operation in process (resolvers, loaders, driver) without Apollo, serialising or HTTP.', '',
  '| scenario | req/s ÷ baseline | floor req/s | server ÷ floor | SQL: floor p50 ms | decoding: driver CPU ms | execution CPU ms | Apollo, serialising, HTTP: CPU ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of scenarios) {
    const beyond = s.server.serverCpuMsPerRequest !== null ? round(s.server.serverCpuMsPerRequest - s.executionCpuMsPerRequest, 2) : '–';
    lines.push(`| ${name} | ${s.baseline ? times(s.server.reqPerSec / s.baseline.reqPerSec) : '–'} | ${int(s.floor.reqPerSec)} `
      + `| ${(s.server.reqPerSec / s.floor.reqPerSec).toFixed(2)} | ${ms(s.floor.p50Ms)} | ${s.floor.clientCpuMsPerRequest.toFixed(2)} `
      + `| ${round(s.executionCpuMsPerRequest - s.floor.clientCpuMsPerRequest, 2)} | ${beyond} |`);
  }
  lines.push('', 'Plans (EXPLAIN ANALYZE of each statement of one request, on the bench data):', '', '| scenario | statement | plan | ms | buffers |', '| --- | --- | --- | ---: | ---: |');
  for (const [name, s] of scenarios) {
    for (const plan of s.plans) {
      lines.push(`| ${name} | \`${plan.statement.slice(0, 60).replace(/\|/g, '\\|')}…\` | ${plan.nodes.join('; ')} | ${plan.executionMs} | ${plan.buffers} |`);
    }
  }
  lines.push('');
  if (results.import?.status === 'measured') {
    const i = results.import;
    lines.push('| import | rows × rounds | rows/s | COPY rows/s | import ÷ COPY | each round |', '| --- | ---: | ---: | ---: | ---: | ---: |',
      `| importCounterparties | ${int(i.rows)} × ${i.roundRatios.length} | ${int(i.rowsPerSec)} | ${int(i.copyRowsPerSec)} | ${i.ratio.toFixed(2)} `
        + `| ${i.roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')} |`, '');
  } else if (results.import) {
    lines.push(`Import: ${results.import.status}, ${results.import.reason}.`, '');
  }
  lines.push('| target | measured | result |', '| --- | ---: | --- |');
  for (const t of results.targets) lines.push(`| ${t.target} | ${t.measured ?? '–'} | ${verdict(t.pass)} |`);
  return `${lines.join('\n')}\n`;
}

/** Writes `out` (JSON) and the Markdown beside it (`.md` for `.json`); answers the Markdown's path. */
export function writeReport(out: string, results: BenchResults): string {
  const markdownPath = out.replace(/(\.json)?$/, '.md');
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(markdownPath, toMarkdown(results));
  return markdownPath;
}
