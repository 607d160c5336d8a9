import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from './import/client.js';
import { runImport } from './import/importer.js';
import { Progress } from './import/progress.js';
import { formatCount, formatTotals } from './import/report.js';
import { formatOf } from './import/source.js';
import { IMPORT_TYPE_NAMES, importType, type ImportMode } from './import/types.js';

/**
 * `npm run import -- counterparties clients.csv`: loads a CSV or JSONL file through the import
 * mutations, resumably. Exit codes: 0 all rows loaded, 1 some rows failed (see the report),
 * 2 usage error, 3 stopped before the end (Ctrl-C, a call the server refused, the server gone):
 * run the same command again to resume.
 */
const USAGE = `Usage: npm run import -- <type> <file.csv|file.jsonl> [options]

  <type>               ${IMPORT_TYPE_NAMES.join(', ')}
  --url <url>          the API (default http://localhost:4000/graphql)
  --key <key>          API key (default: $CRM_API_KEY, else .data/admin-key)
  --mode <mode>        upsert (default) or create-only
  --batch <n>          rows per call, 1 to 5000 (default 5000)
  --concurrency <n>    calls in flight, 1 to 32 (default 3)
  --report <file>      failed rows, as JSON lines (default <file>.report.jsonl)
  --state <file>       resume state (default <file>.import-state.json)
  --restart            ignore a saved state and start from the first row
  --retry-seconds <n>  how long to keep re-sending a call the server does not answer (default 60)`;

export const EXIT = { ok: 0, rowsFailed: 1, usage: 2, stopped: 3 } as const;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(EXIT.usage);
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) usage(`--${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

function apiKey(given: string | undefined): string | undefined {
  if (given) return given;
  if (process.env.CRM_API_KEY) return process.env.CRM_API_KEY;
  const file = path.join(process.env.DATA_DIR || '.data', 'admin-key');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string', default: 'http://localhost:4000/graphql' },
        key: { type: 'string' },
        mode: { type: 'string', default: 'upsert' },
        batch: { type: 'string' },
        concurrency: { type: 'string' },
        report: { type: 'string' },
        state: { type: 'string' },
        restart: { type: 'boolean', default: false },
        'retry-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const [typeName, file, ...extra] = positionals;
  if (!typeName || !file || extra.length > 0) usage('Give a type and one file.');
  const spec = importType(typeName);
  if (!spec) usage(`Unknown type "${typeName}".`);
  const format = formatOf(file);
  if (!format) usage(`"${file}" must end in .csv, .jsonl or .ndjson.`);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) usage(`No file "${file}".`);
  const modes: Record<string, ImportMode> = { upsert: 'UPSERT', 'create-only': 'CREATE_ONLY' };
  const mode = modes[values.mode.toLowerCase()];
  if (!mode) usage('--mode must be upsert or create-only.');
  const key = apiKey(values.key);
  if (!key) usage('No API key: pass --key, set CRM_API_KEY, or run next to the .data/admin-key of an embedded server.');

  const progress = new Progress();
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(EXIT.stopped);
    progress.log('Stopping: no new calls; waiting for the calls in flight (Ctrl-C again to quit now; the saved state stays valid)...');
    controller.abort();
  });
  process.on('SIGTERM', () => controller.abort());

  const outcome = await runImport({
    spec,
    file,
    format,
    mode,
    batchSize: whole('batch', values.batch, 5000, 1, 5000),
    concurrency: whole('concurrency', values.concurrency, 3, 1, 32),
    client: createClient({ url: values.url, key, retrySeconds: whole('retry-seconds', values['retry-seconds'], 60, 0, 86_400) }),
    reportFile: values.report ?? `${file}.report.jsonl`,
    stateFile: values.state ?? `${file}.import-state.json`,
    restart: values.restart,
    signal: controller.signal,
    progress,
    log: (message) => progress.log(message),
  });

  const rate = outcome.seconds > 0 ? outcome.rowsThisRun / outcome.seconds : 0;
  const resumed = outcome.resumedFrom > 0 ? ` (after ${formatCount(outcome.resumedFrom)} rows done by an earlier run)` : '';
  const summary = `${formatCount(outcome.rowsThisRun)} rows in ${outcome.seconds.toFixed(1)} s, ${formatCount(rate)} rows/s${resumed}.`
    + `\nAll rows so far: ${formatTotals(outcome.totals)}.`
    + (outcome.reportFile ? `\nFailed rows are listed in ${outcome.reportFile}.` : '');
  if (outcome.status === 'completed') {
    console.error(`Imported ${spec.name}: ${summary}`);
    return outcome.totals.failed > 0 ? EXIT.rowsFailed : EXIT.ok;
  }
  if (outcome.usageError) {
    console.error(outcome.error);
    return EXIT.usage;
  }
  const why = outcome.status === 'aborted' ? 'Stopped on request.' : `Stopped: ${outcome.error}`;
  console.error(`${why}\nDone: the first ${formatCount(outcome.rowsDone)} rows; run the same command again to resume from there.\n${summary}`);
  return EXIT.stopped;
}

process.exitCode = await main();
