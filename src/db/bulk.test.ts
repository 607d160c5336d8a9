import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/api.js';
import { insertMany } from './bulk.js';
import { counterparties, type CounterpartyInsert } from './schema/index.js';

/**
 * Imports insert new rows with `insertMany`: by COPY on PostgreSQL, from a JSON parameter on
 * PGlite. Whatever the text, list or JSON value (tabs, line breaks, backslashes, quotes, commas,
 * braces, the word NULL, empty strings, other alphabets), a row must read back as it was given,
 * with the id its key names.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database?.drop(); });

const nasty = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'NULL', 'null', '\\N', '\\', '"', ',', '{', '}', '{a,b}', 'a\tb', 'a\nb', 'a\r\nb', ' padded ', 'Ї\u00e9\u{1F600}'),
  fc.string({ unit: fc.constantFrom('a', '\\', '"', ',', '{', '}', '\t', '\n', ' ', 'Ж'), maxLength: 12 }),
).filter((text) => !text.includes('\u0000'));

let next = 0;
const row = fc.record({
  name: nasty.filter((text) => text.length > 0),
  legalName: fc.option(nasty, { nil: null }),
  notes: fc.option(nasty, { nil: null }),
  roles: fc.uniqueArray(fc.constantFrom('CLIENT', 'PROSPECT', 'PARTNER', 'SUPPLIER' as const), { maxLength: 3 }),
  websites: fc.array(nasty, { maxLength: 3 }),
  phones: fc.array(fc.record({ kind: fc.constant('WORK' as const), number: nasty, extension: fc.option(nasty, { nil: null }), note: fc.constant(null) }), { maxLength: 2 }),
  importance: fc.constantFrom('KEY', 'NORMAL', 'LOW' as const),
}).map((values): CounterpartyInsert => ({
  ...values, kind: 'ORGANIZATION', externalId: `bulk-${next++}-${values.name.slice(0, 5)}`,
  addresses: [], emails: [], bankAccounts: [],
}));

it('inserts rows that read back as they were given, each with the id of its key', async () => {
  const db = database.db;
  await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 20 }), async (rows) => {
    // As imports do, inside a transaction.
    const inserted = await db.transaction((tx) => insertMany(tx, counterparties, rows, 'external_id'));
    expect(new Set(inserted.map((entry) => entry.key))).toEqual(new Set(rows.map((given) => given.externalId)));
    const stored = await db.select().from(counterparties).where(inArray(counterparties.id, inserted.map((entry) => entry.id)));
    for (const given of rows) {
      const match = stored.find((candidate) => candidate.externalId === given.externalId)!;
      expect(inserted.find((entry) => entry.key === given.externalId)!.id).toBe(match.id);
      expect({
        name: match.name, legalName: match.legalName, notes: match.notes, roles: match.roles, websites: match.websites, phones: match.phones, importance: match.importance,
      }).toEqual({
        name: given.name, legalName: given.legalName, notes: given.notes, roles: given.roles, websites: given.websites, phones: given.phones, importance: given.importance,
      });
    }
  }), { numRuns: 30, seed: 8 });
});

it('leaves a column no row sets to its default, and a row that leaves out a column another sets null', async () => {
  const [first, second] = await database.db.transaction((tx) => insertMany(tx, counterparties, [
    { externalId: 'bulk-default-1', kind: 'ORGANIZATION', name: 'With notes', notes: 'kept', roles: [] },
    { externalId: 'bulk-default-2', kind: 'ORGANIZATION', name: 'Without', roles: [] },
  ], 'external_id').then((rows) => rows.sort((a, b) => a.key.localeCompare(b.key))));
  const stored = await database.db.select().from(counterparties).where(inArray(counterparties.id, [first.id, second.id]));
  expect(stored.map((entry) => [entry.externalId, entry.notes, entry.importance, entry.version]).sort())
    .toEqual([['bulk-default-1', 'kept', 'NORMAL', 1], ['bulk-default-2', null, 'NORMAL', 1]]);
});

it('fails, rolling back, when the database refuses a row, and leaves the connection usable', async () => {
  // A duplicate key and a null in a NOT NULL column: on PostgreSQL the COPY is refused after its
  // data is sent, which postgres.js 3.4.9 never settled (the patch in src/patches does).
  const refused = (rows: Record<string, unknown>[]) => database.db.transaction((tx) => insertMany(tx, counterparties, rows, 'external_id'))
    .then(() => 'written', (error: unknown) => (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code);
  await database.db.transaction((tx) => insertMany(tx, counterparties, [{ externalId: 'bulk-taken', kind: 'ORGANIZATION', name: 'Taken', roles: [] }], 'external_id'));
  expect(await refused([
    { externalId: 'bulk-refused-1', kind: 'ORGANIZATION', name: 'First', roles: [] },
    { externalId: 'bulk-taken', kind: 'ORGANIZATION', name: 'Again', roles: [] },
  ])).toBe('23505');
  expect(await refused([
    { externalId: 'bulk-refused-2', kind: 'ORGANIZATION', name: 'Named', roles: [] },
    { externalId: 'bulk-refused-3', kind: 'ORGANIZATION', roles: [] },
  ])).toBe('23502');
  const stored = await database.db.select({ externalId: counterparties.externalId }).from(counterparties)
    .where(inArray(counterparties.externalId, ['bulk-refused-1', 'bulk-refused-2', 'bulk-refused-3']));
  expect(stored).toEqual([]);
}, 30_000);
