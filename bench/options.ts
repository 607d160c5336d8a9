import { parseArgs } from 'node:util';
import type { SeedSize } from '../src/cli/seed-sql.js';

/** The scenarios a run can be limited to with `--only`. */
export const SCENARIOS = ['flat', 'nested', 'search', 'contacts-report', 'import'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  databaseUrl: string;
  size: SeedSize;
  /** Measured seconds of each load (HTTP and floor alike). */
  duration: number;
  /** Seconds of load before each measured run, not recorded. */
  warmup: number;
  connections: number;
  only: Scenario[];
  importRows: number;
  /** A commit whose server is measured beside this checkout's, in the same run (null: none). */
  baseline: string | null;
  /** Measured loads per server and scenario; with a baseline the servers take turns. */
  rounds: number;
  /** Where the JSON report goes; the Markdown table goes beside it with `.md`. */
  out: string;
}

export const USAGE = `Usage: npm run bench -- [flags]

  --counterparties N                 data set size (default 100000)
  --persons-per-counterparty N       (default 3)
  --chronicle-per-counterparty N     (default 20)
  --obligations-per-counterparty N   (default 3)
  --duration S                       measured seconds per load (default 20)
  --warmup S                         unrecorded seconds before each load (default 5)
  --connections N                    concurrent HTTP connections and floor workers (default 16)
  --only LIST                        comma-separated subset of ${SCENARIOS.join(',')}
  --import-rows N                    rows for the import section (default 200000)
  --baseline REV                     also measure the server of commit REV (a hash, a tag, HEAD~3),
                                     taking turns with this checkout's in the same run
  --rounds N                         measured loads per server and scenario (default 2 with a
                                     baseline, else 1)
  --database-url URL                 benchmark database (default BENCH_DATABASE_URL or
                                     postgres://postgres@127.0.0.1:5432/crm_bench)
  --out FILE                         JSON report (default .bench/results.json; Markdown beside it)`;

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/crm_bench';

class UsageError extends Error {}

function whole(raw: string, flag: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function scenarios(raw: string): Scenario[] {
  const names = raw.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--only takes a comma-separated list of ${SCENARIOS.join(', ')}; got "${raw}".`);
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario));
}

function postgresUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--database-url must be a URL such as ${DEFAULT_DATABASE_URL}, got "${raw}".`);
  }
  if ((url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.pathname.length < 2) {
    throw new UsageError(`--database-url must be postgres://user@host:port/database, got "${raw}".`);
  }
  return raw;
}

/** Reads the command line; prints the usage and exits on a bad flag. */
export function readOptions(argv: string[] = process.argv.slice(2), env = process.env): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        counterparties: { type: 'string', default: '100000' },
        'persons-per-counterparty': { type: 'string', default: '3' },
        'chronicle-per-counterparty': { type: 'string', default: '20' },
        'obligations-per-counterparty': { type: 'string', default: '3' },
        duration: { type: 'string', default: '20' },
        warmup: { type: 'string', default: '5' },
        connections: { type: 'string', default: '16' },
        only: { type: 'string', default: SCENARIOS.join(',') },
        'import-rows': { type: 'string', default: '200000' },
        baseline: { type: 'string' },
        rounds: { type: 'string' },
        'database-url': { type: 'string' },
        out: { type: 'string', default: '.bench/results.json' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    return {
      databaseUrl: postgresUrl(values['database-url'] || env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL),
      size: {
        // The same limits as the seed CLI, which does the seeding.
        counterparties: whole(values.counterparties, 'counterparties', 1, 10_000_000),
        personsPerCounterparty: whole(values['persons-per-counterparty'], 'persons-per-counterparty', 1, 50),
        chroniclePerCounterparty: whole(values['chronicle-per-counterparty'], 'chronicle-per-counterparty', 1, 500),
        obligationsPerCounterparty: whole(values['obligations-per-counterparty'], 'obligations-per-counterparty', 0, 100),
      },
      duration: whole(values.duration, 'duration', 1, 3600),
      warmup: whole(values.warmup, 'warmup', 0, 600),
      connections: whole(values.connections, 'connections', 1, 1000),
      only: scenarios(values.only),
      importRows: whole(values['import-rows'], 'import-rows', 1, 10_000_000),
      baseline: values.baseline || null,
      rounds: values.rounds ? whole(values.rounds, 'rounds', 1, 20) : values.baseline ? 2 : 1,
      out: values.out,
    };
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    // parseArgs reports unknown flags and missing values with a TypeError.
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}
