import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type postgres from 'postgres';
import type { SeedSize } from '../cli/seed-sql';
import type { FloorResult } from './floors';
import type { LoadResult } from './http-load';
import type { ImportResult } from './import';
import type { HttpScenarioName } from './scenarios';

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Everything one run measured, as written to the JSON report. */
export interface BenchResults {
  startedAt: string;
  settings: { durationSeconds: number; warmupSeconds: number; connections: number; importRows: number };
  machine: Machine;
  dataset: SeedSize & { reused: boolean; seedSeconds: number | null };
  scenarios: Partial<Record<HttpScenarioName, ScenarioResult>>;
  /** Peak resident memory of the server process over all loads, import included, in MB. */
  serverPeakRssMb: number | null;
  import: ImportResult | null;
  targets: TargetResult[];
}

/** What the load measured, and beside it the floor, the statements and the server's cost. */
export interface ScenarioResult extends LoadResult {
  description: string;
  /** SQL statements a repeated request sends, one figure per rotated body (a cached API key needs no lookup). */
  statementsPerRequest: number[];
  floorReqPerSec: number;
  floorP50Ms: number;
  floorP99Ms: number;
  /** Server req/s ÷ floor req/s. */
  ratio: number;
  serverPeakRssMb: number;
  /** Server CPU time per request, and the cores it kept busy on average, during the measured load. */
  serverCpuMsPerRequest: number | null;
  serverCpuCores: number | null;
}

/** What was observed of the server process during one measured load. */
export interface ServerObservation {
  peakRssMb: number;
  cpuSeconds: number | null;
  seconds: number;
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
  /** null when the run did not measure it (scenario left out, import skipped). */
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

export function scenarioResult(
  description: string, load: LoadResult, floor: FloorResult, statements: number[], server: ServerObservation,
): ScenarioResult {
  const cpu = server.cpuSeconds;
  return {
    description,
    ...load,
    reqPerSec: round(load.reqPerSec, 1),
    statementsPerRequest: statements,
    floorReqPerSec: round(floor.reqPerSec, 1),
    floorP50Ms: round(floor.p50Ms, 2),
    floorP99Ms: round(floor.p99Ms, 2),
    ratio: floor.reqPerSec > 0 ? round(load.reqPerSec / floor.reqPerSec, 3) : 0,
    serverPeakRssMb: round(server.peakRssMb, 1),
    serverCpuMsPerRequest: cpu !== null && load.requests > 0 ? round((cpu * 1000) / load.requests, 2) : null,
    serverCpuCores: cpu !== null ? round(cpu / server.seconds, 2) : null,
  };
}

const int = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));

/** The targets of the issue, each judged against this run's figures. */
export function judgeTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const { flat, nested, search } = results.scenarios;
  const imported = results.import?.status === 'measured' ? results.import : null;
  const rss = results.serverPeakRssMb;
  return [
    {
      target: 'nested ≥ 350 req/s',
      measured: nested ? `${int(nested.reqPerSec)} req/s` : null,
      pass: nested ? nested.reqPerSec >= 350 : null,
    },
    { target: 'nested p99 < 100 ms', measured: nested ? `${ms(nested.p99Ms)} ms` : null, pass: nested ? nested.p99Ms < 100 : null },
    { target: 'flat ≥ 2,500 req/s', measured: flat ? `${int(flat.reqPerSec)} req/s` : null, pass: flat ? flat.reqPerSec >= 2500 : null },
    { target: 'search p99 < 20 ms', measured: search ? `${ms(search.p99Ms)} ms` : null, pass: search ? search.p99Ms < 20 : null },
    {
      target: 'import ≥ 100,000 rows/s',
      measured: imported ? `${int(imported.rowsPerSec)} rows/s` : null,
      pass: imported ? imported.rowsPerSec >= 100_000 : null,
    },
    { target: 'server RSS < 300 MB', measured: rss !== null ? `${int(rss)} MB` : null, pass: rss !== null ? rss < 300 : null },
  ];
}

const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : '**fail**');

/** The report as Markdown: what ran where, the scenarios against their floors, the import, the targets. */
export function toMarkdown(results: BenchResults): string {
  const { machine, dataset, settings } = results;
  const lines = [
    `Run of ${results.startedAt}: ${machine.cpuCount} × ${machine.cpuModel}, ${int(machine.totalMemoryMb)} MB, Node ${machine.node}, `
      + `${machine.postgres.split(' on ')[0]}; server, load generator and database on the same machine `
      + `(load average ${machine.loadAverageAtStart.join(', ')} at the start).`,
    `Data set: ${int(dataset.counterparties)} counterparties, ${dataset.personsPerCounterparty} persons, `
      + `${dataset.chroniclePerCounterparty} chronicle entries and ${dataset.obligationsPerCounterparty} obligations each. `
      + `Load: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured.`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | SQL statements / request | floor req/s | server ÷ floor | non-2xx | errors | server CPU ms / request | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, s] of Object.entries(results.scenarios)) {
    lines.push(`| ${name} | ${int(s.reqPerSec)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${[...new Set(s.statementsPerRequest)].join(', ')} `
      + `| ${int(s.floorReqPerSec)} | ${s.ratio.toFixed(2)} | ${s.non2xx} | ${s.errors + s.graphqlErrors} `
      + `| ${s.serverCpuMsPerRequest ?? '–'} | ${int(s.serverPeakRssMb)} |`);
  }
  lines.push('');
  if (results.import?.status === 'measured') {
    const i = results.import;
    lines.push('| import | rows | rows/s | COPY rows/s | import ÷ COPY |', '| --- | ---: | ---: | ---: | ---: |',
      `| importCounterparties | ${int(i.rows)} | ${int(i.rowsPerSec)} | ${int(i.copyRowsPerSec)} | ${i.ratio.toFixed(2)} |`, '');
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
