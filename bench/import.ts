import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { copyField } from '../src/db/bulk.js';
import { postGraphQL } from './http-load.js';

/**
 * The import section: rows per second loaded through the `importCounterparties` mutation (calls
 * of 5,000 rows, 4 in flight) against the same number of rows sent with COPY FROM STDIN straight
 * into the counterparties table. COPY is the floor: no validation, no natural-key lookups, no
 * per-row results. Both write rows with fresh external ids of this run; they are deleted after.
 */
export type ImportResult =
  | {
    status: 'measured'; rows: number; rowsPerSec: number; seconds: number; copyRowsPerSec: number; copySeconds: number; ratio: number;
    /** Each round's ratio, to show how far one measurement alone could be trusted. */
    roundRatios: number[];
  }
  | { status: 'skipped' | 'failed'; reason: string };

export const IMPORT_BATCH_ROWS = 5_000;
export const IMPORT_IN_FLIGHT = 4;

const IMPORT_MUTATION = `mutation Import($input: ImportCounterpartiesInput!) {
  importCounterparties(input: $input) {
    created updated unchanged failed skipped
    rows { index externalId id status errors { field code message } }
  }
}`;

/** Names the rows refer to, all of them seeded: a group path, employees' e-mails, an information source. */
interface References {
  groupPath: string;
  groupId: number;
  employees: { id: number; email: string }[];
  sourceName: string;
  sourceId: number;
}

interface ImportRow {
  externalId: string;
  kind: 'ORGANIZATION' | 'INDIVIDUAL';
  name: string;
  roles: string[];
  taxNumber: string;
  phones: { number: string }[];
  emails: { address: string }[];
  groupPath: string;
  responsibleEmployeeEmail: string;
  informationSourceName: string;
  parentExternalId?: string;
}

const TRADES = ['Steel', 'Agro', 'Logistics', 'Pharma', 'Foods', 'Trade', 'Energy', 'Build'];

/** Whether the server has the mutation yet (it is asked by introspection). */
async function hasImportMutation(baseUrl: string, key: string): Promise<boolean> {
  const { json } = await postGraphQL(baseUrl, key, JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name } } }' }));
  const fields: { name: string }[] = json.data?.__type?.fields ?? [];
  return fields.some((field) => field.name === 'importCounterparties');
}

async function loadReferences(sql: postgres.Sql): Promise<References> {
  const [group] = await sql<{ id: number; path: string }[]>`
    select g.id, p.name || '/' || g.name as path from counterparty_groups g join counterparty_groups p on p.id = g.parent_id
    where p.parent_id is null and p.name = 'Clients' order by g.id limit 1`;
  const employees = await sql<{ id: number; email: string }[]>`select id, email from employees where active order by id limit 20`;
  const [source] = await sql<{ id: number; name: string }[]>`select id, name from information_sources order by id limit 1`;
  if (!group || employees.length === 0 || !source) throw new Error('The data set lacks the seeded groups, employees or information sources the import rows name.');
  return { groupPath: group.path, groupId: group.id, employees, sourceName: source.name, sourceId: source.id };
}

/**
 * Row `i` of a load. Every tenth row of a call names the call's first row as its parent, which
 * the contract allows ("a row earlier in this call").
 */
function importRow(prefix: string, i: number, refs: References): ImportRow {
  const individual = i % 10 === 0;
  const row: ImportRow = {
    externalId: `${prefix}${i}`,
    kind: individual ? 'INDIVIDUAL' : 'ORGANIZATION',
    name: individual ? `Import Person ${i}` : `Import ${TRADES[i % TRADES.length]} ${i}`,
    roles: i % 3 === 0 ? ['CLIENT', 'PARTNER'] : ['CLIENT'],
    taxNumber: String(20_000_000 + (i * 7919) % 79_999_999).padStart(8, '0'),
    phones: [{ number: `+380 44 ${String(1_000_000 + i % 9_000_000).slice(0, 7)}` }],
    emails: [{ address: `import${i}@bench.example` }],
    groupPath: refs.groupPath,
    responsibleEmployeeEmail: refs.employees[i % refs.employees.length].email,
    informationSourceName: refs.sourceName,
  };
  const first = i - (i % IMPORT_BATCH_ROWS);
  if (i % 10 === 9) row.parentExternalId = `${prefix}${first}`;
  return row;
}

async function importBatch(baseUrl: string, key: string, rows: ImportRow[]): Promise<void> {
  const input = { rows, mode: 'UPSERT', atomic: false, idempotencyKey: null };
  const { status, json } = await postGraphQL(baseUrl, key, JSON.stringify({ query: IMPORT_MUTATION, variables: { input } }));
  const payload = json.data?.importCounterparties;
  if (status !== 200 || json.errors || !payload) {
    throw new Error(`importCounterparties answered HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 1000)}`);
  }
  const written = payload.created + payload.updated + payload.unchanged;
  if (payload.failed > 0 || payload.skipped > 0 || written !== rows.length) {
    const failed = payload.rows.filter((row: { status: string }) => row.status === 'FAILED').slice(0, 3);
    throw new Error(`importCounterparties wrote ${written} of ${rows.length} rows (${payload.failed} failed, ${payload.skipped} skipped), `
      + `e.g. ${JSON.stringify(failed)}`);
  }
}

/** Sends `count` rows in calls of IMPORT_BATCH_ROWS, IMPORT_IN_FLIGHT at a time; answers the seconds it took. */
async function runImport(baseUrl: string, key: string, prefix: string, count: number, refs: References): Promise<number> {
  const batches = Math.ceil(count / IMPORT_BATCH_ROWS);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < batches) {
      const batch = next++;
      const from = batch * IMPORT_BATCH_ROWS;
      const rows = Array.from({ length: Math.min(IMPORT_BATCH_ROWS, count - from) }, (_, k) => importRow(prefix, from + k, refs));
      await importBatch(baseUrl, key, rows);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMPORT_IN_FLIGHT, batches) }, worker));
  return (performance.now() - started) / 1000;
}

const COPY_COLUMNS = ['external_id', 'kind', 'name', 'roles', 'tax_number', 'phones', 'emails', 'group_id',
  'responsible_employee_id', 'information_source_id'] as const;

/** The same row as COPY writes it: references already resolved to ids, lists in their stored shape. */
function copyLine(row: ImportRow, refs: References): string {
  const employee = refs.employees.find((candidate) => candidate.email === row.responsibleEmployeeEmail)!;
  const fields = [
    row.externalId, row.kind, row.name, `{${row.roles.join(',')}}`, row.taxNumber,
    JSON.stringify(row.phones.map((phone) => ({ kind: 'WORK', number: phone.number, extension: null, note: null }))),
    JSON.stringify(row.emails.map((email) => ({ kind: 'WORK', address: email.address, note: null }))),
    refs.groupId, employee.id, refs.sourceId,
  ];
  return `${fields.map(copyField).join('\t')}\n`;
}

/** COPYs `count` rows into counterparties in one statement; answers the seconds it took. */
async function runCopy(sql: postgres.Sql, prefix: string, count: number, refs: References): Promise<number> {
  function* lines() {
    // Chunks of lines, so the stream is not driven one short string at a time.
    for (let from = 0; from < count; from += 1_000) {
      let chunk = '';
      for (let i = from; i < Math.min(count, from + 1_000); i++) chunk += copyLine(importRow(prefix, i, refs), refs);
      yield chunk;
    }
  }
  const started = performance.now();
  const writable = await sql`copy counterparties (${sql.unsafe(COPY_COLUMNS.join(', '))}) from stdin`.writable();
  await pipeline(Readable.from(lines()), writable);
  return (performance.now() - started) / 1000;
}

/** Removes what the section wrote; answers false when it could not (the data set is then seeded afresh next time). */
async function cleanUp(sql: postgres.Sql, runPrefix: string): Promise<boolean> {
  try {
    // Children first: the parent references stay within the run's rows.
    await sql`delete from counterparties where external_id like ${`${runPrefix}%`} and parent_id is not null`;
    await sql`delete from counterparties where external_id like ${`${runPrefix}%`}`;
    // The dead rows are cleared too, so that the next run writes into the table as seeded.
    await sql`vacuum analyze counterparties`;
    return true;
  } catch (error) {
    console.warn(`Import: could not delete this run's rows (${(error as Error).message}).`);
    return false;
  }
}

/**
 * Writes out what earlier work left in shared buffers before a timed part, so that a checkpoint
 * the previous part made due does not fall into this one: the import and COPY each write some
 * hundreds of MB of table, index and WAL, and a checkpoint inside one of them alone moved the
 * ratio by a quarter from run to run. Needs a superuser or pg_checkpoint; without, it is skipped.
 */
async function settle(sql: postgres.Sql): Promise<void> {
  try {
    await sql`checkpoint`;
  } catch (error) {
    console.warn(`Import: no checkpoint before the timed part (${(error as Error).message}); the figures vary more for it.`);
  }
}

/**
 * `rounds` times, the import and then COPY of `rows` rows each (the order swapped every other
 * round), each part after a checkpoint and each round on the table as seeded (the round's rows
 * deleted and vacuumed): the rates are over all rounds, and each round's ratio is reported too.
 */
export async function runImportSection(options: {
  baseUrl: string; key: string; sql: postgres.Sql; rows: number; rounds: number; runId: string; onDirty: () => Promise<void>;
}): Promise<ImportResult> {
  const { baseUrl, key, sql, rows, runId } = options;
  if (!(await hasImportMutation(baseUrl, key))) {
    const reason = 'the server has no importCounterparties mutation yet (checked by introspection)';
    console.log(`Import: skipped, ${reason}.`);
    return { status: 'skipped', reason };
  }
  const refs = await loadReferences(sql);
  let seconds = 0;
  let copySeconds = 0;
  const roundRatios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const runPrefix = `bench-${runId}-${round}-`;
    try {
      const viaImport = async () => {
        console.log(`Import: ${rows} rows through importCounterparties (${IMPORT_BATCH_ROWS} per call, ${IMPORT_IN_FLIGHT} in flight)…`);
        await settle(sql);
        return runImport(baseUrl, key, `${runPrefix}import-`, rows, refs);
      };
      const viaCopy = async () => {
        console.log(`Import: ${rows} rows by COPY FROM STDIN…`);
        await settle(sql);
        return runCopy(sql, `${runPrefix}copy-`, rows, refs);
      };
      let imported: number;
      let copied: number;
      if (round % 2 === 0) {
        imported = await viaImport();
        copied = await viaCopy();
      } else {
        copied = await viaCopy();
        imported = await viaImport();
      }
      seconds += imported;
      copySeconds += copied;
      roundRatios.push(Number((copied / imported).toFixed(3)));
    } finally {
      if (!(await cleanUp(sql, runPrefix))) await options.onDirty();
    }
  }
  const total = rows * options.rounds;
  return {
    status: 'measured',
    rows,
    rowsPerSec: Math.round(total / seconds),
    seconds: Number(seconds.toFixed(2)),
    copyRowsPerSec: Math.round(total / copySeconds),
    copySeconds: Number(copySeconds.toFixed(2)),
    ratio: Number((copySeconds / seconds).toFixed(3)),
    roundRatios,
  };
}
