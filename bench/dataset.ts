import postgres from 'postgres';
import type { SeedSize } from '../src/cli/seed-sql.js';
import { openDatabase } from '../src/db/client.js';
import { createApiKey } from '../src/modules/auth/api-keys.service.js';
import { runTypeScript } from './child.js';

/**
 * The benchmark's data set: a database of its own, seeded by the seed CLI with the sizes asked
 * and reused while the sizes stay the same. A `bench_dataset` table marks the database as the
 * benchmark's (only such a database is ever dropped) and records the sizes once seeding is done.
 */

const MARKER_TABLE = 'bench_dataset';

const quiet = { onnotice: () => {} };

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The same server's `postgres` maintenance database, from which databases are created and dropped. */
function maintenanceUrl(url: string): string {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  return maintenance.toString();
}

const sameSize = (a: SeedSize, b: SeedSize) =>
  a.counterparties === b.counterparties
  && a.personsPerCounterparty === b.personsPerCounterparty
  && a.chroniclePerCounterparty === b.chroniclePerCounterparty
  && a.obligationsPerCounterparty === b.obligationsPerCounterparty;

type State = { kind: 'missing' } | { kind: 'empty' } | { kind: 'foreign' } | { kind: 'bench'; sizes: SeedSize | null };

/** What is at `url`: nothing, an empty database, someone else's database, or a benchmark data set. */
async function inspect(url: string): Promise<State> {
  const admin = postgres(maintenanceUrl(url), { max: 1, ...quiet });
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${databaseName(url)}`;
    if (!found) return { kind: 'missing' };
  } finally {
    await admin.end();
  }
  const db = postgres(url, { max: 1, ...quiet });
  try {
    const [{ marked, tables }] = await db`
      select to_regclass(${MARKER_TABLE}) is not null as marked,
             (select count(*)::int from pg_tables where schemaname not in ('pg_catalog', 'information_schema')) as tables`;
    if (!marked) return tables === 0 ? { kind: 'empty' } : { kind: 'foreign' };
    const [row] = await db`select sizes from ${db(MARKER_TABLE)} where sizes is not null order by created_at desc limit 1`;
    return { kind: 'bench', sizes: (row?.sizes as SeedSize | undefined) ?? null };
  } finally {
    await db.end();
  }
}

async function recreate(url: string, drop: boolean): Promise<void> {
  const admin = postgres(maintenanceUrl(url), { max: 1, ...quiet });
  try {
    const name = databaseName(url);
    if (drop) await admin`drop database if exists ${admin(name)} with (force)`;
    await admin`create database ${admin(name)}`;
  } finally {
    await admin.end();
  }
}

async function mark(url: string, sizes: SeedSize | null): Promise<void> {
  const db = postgres(url, { max: 1, ...quiet });
  try {
    await db`create table if not exists ${db(MARKER_TABLE)} (sizes jsonb, created_at timestamptz not null default now())`;
    if (sizes) await db`insert into ${db(MARKER_TABLE)} (sizes) values (${db.json(sizes as unknown as postgres.JSONValue)})`;
  } finally {
    await db.end();
  }
}

async function vacuumAnalyze(url: string): Promise<void> {
  const db = postgres(url, { max: 1, ...quiet });
  try {
    await db`vacuum analyze`;
  } finally {
    await db.end();
  }
}

/** Forgets the recorded sizes, so the next run seeds afresh (after a run left rows it could not remove). */
export async function invalidateDataset(url: string): Promise<void> {
  const db = postgres(url, { max: 1, ...quiet });
  try {
    await db`delete from ${db(MARKER_TABLE)}`;
  } finally {
    await db.end();
  }
}

function seedArgs(size: SeedSize): string[] {
  return [
    '--counterparties', String(size.counterparties),
    '--persons-per-counterparty', String(size.personsPerCounterparty),
    '--chronicle-per-counterparty', String(size.chroniclePerCounterparty),
    '--obligations-per-counterparty', String(size.obligationsPerCounterparty),
  ];
}

/**
 * Makes sure the database at `url` holds exactly one seed batch of `size`: reuses it when it does,
 * otherwise (re)creates it and runs the seed CLI. Refuses to touch a database it did not create.
 */
export async function ensureDataset(url: string, size: SeedSize): Promise<{ reused: boolean; seedSeconds: number | null }> {
  const state = await inspect(url);
  if (state.kind === 'foreign') {
    throw new Error(`The database "${databaseName(url)}" has tables but no ${MARKER_TABLE} table: it was not made by the benchmark, `
      + 'so it is left alone. Pass another --database-url (a database that does not exist yet is created).');
  }
  if (state.kind === 'bench' && state.sizes && sameSize(state.sizes, size)) {
    console.log(`Data set: reusing "${databaseName(url)}" (${describeSize(size)}).`);
    return { reused: true, seedSeconds: null };
  }
  if (state.kind === 'bench') {
    console.log(`Data set: "${databaseName(url)}" holds ${state.sizes ? describeSize(state.sizes) : 'an unfinished seed'}; recreating it.`);
    await recreate(url, true);
  } else if (state.kind === 'missing') {
    console.log(`Data set: creating the database "${databaseName(url)}".`);
    await recreate(url, false);
  }
  await mark(url, null);
  console.log(`Data set: seeding ${describeSize(size)} with the seed CLI…`);
  const started = performance.now();
  await runTypeScript('src/cli/seed.ts', seedArgs(size), { DATABASE_URL: url });
  const seedSeconds = (performance.now() - started) / 1000;
  // Fresh tables would otherwise be vacuumed and analysed by autovacuum during the first loads.
  console.log('Data set: vacuum analyze…');
  await vacuumAnalyze(url);
  await mark(url, size);
  return { reused: false, seedSeconds };
}

export function describeSize(size: SeedSize): string {
  return `${size.counterparties} counterparties × (${size.personsPerCounterparty} persons, `
    + `${size.chroniclePerCounterparty} chronicle entries, ${size.obligationsPerCounterparty} obligations)`;
}

/** A fresh ADMIN key for this run, made by the project's own key service. */
export async function createBenchKey(url: string): Promise<string> {
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    await database.migrate();
    const { key } = await createApiKey(database.db, { name: `bench ${new Date().toISOString()}`, role: 'ADMIN' });
    return key;
  } finally {
    await database.close();
  }
}
