import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterparties } from '../db/schema/index.js';
import { openTestDatabase } from '../testing/api.js';
import { uniqueFields } from '../modules/counterparties/counterparties.repository.js';
import { InputErrors } from './user-errors.js';
import { payloadWriter, writeInTransaction } from './write.js';

/**
 * The one way services write: all of a write or none of it, whether it refuses with user errors,
 * breaks a unique constraint, references a row deleted meanwhile, or throws.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database?.drop(); });

const organisation = (externalId: string) => ({
  kind: 'ORGANIZATION' as const, name: externalId, externalId, roles: [], addresses: [], emails: [], phones: [], bankAccounts: [], websites: [],
});
const stored = async (externalId: string) =>
  (await database.db.select().from(counterparties).where(eq(counterparties.externalId, externalId))).length;

describe('writeInTransaction', () => {
  it('answers what the write answered, committed', async () => {
    const errors = new InputErrors();
    const row = await writeInTransaction(database.db, errors, uniqueFields, async (tx) =>
      (await tx.insert(counterparties).values(organisation('w-commit')).returning())[0]);
    expect(row?.externalId).toBe('w-commit');
    expect(errors.list).toEqual([]);
    expect(await stored('w-commit')).toBe(1);
  });

  it('rolls everything back when the write refuses, by answering null or by adding user errors', async () => {
    for (const [externalId, refuse] of [['w-null', 'null'], ['w-errors', 'errors']] as const) {
      const errors = new InputErrors();
      const row = await writeInTransaction(database.db, errors, uniqueFields, async (tx) => {
        await tx.insert(counterparties).values(organisation(externalId));
        errors.add(['name'], 'INVALID_STATE', 'refused after the insert');
        return refuse === 'null' ? null : { written: true };
      });
      expect(row).toBeNull();
      expect(errors.list).toEqual([{ field: ['input', 'name'], code: 'INVALID_STATE', message: 'refused after the insert' }]);
      expect(await stored(externalId)).toBe(0);
    }
  });

  it('turns a violation of a named unique constraint into DUPLICATE on its field, with nothing written', async () => {
    await database.db.insert(counterparties).values(organisation('w-taken'));
    const errors = new InputErrors();
    const row = await writeInTransaction(database.db, errors, uniqueFields, async (tx) => {
      await tx.insert(counterparties).values(organisation('w-first-of-two'));
      return (await tx.insert(counterparties).values(organisation('w-taken')).returning())[0];
    });
    expect(row).toBeNull();
    expect(errors.list).toEqual([{ field: ['input', 'externalId'], code: 'DUPLICATE', message: 'Another counterparty already has this externalId.' }]);
    expect(await stored('w-first-of-two')).toBe(0);
  });

  it('lets a violation of a constraint the repository does not name through, as the error it is', async () => {
    await database.db.insert(counterparties).values(organisation('w-unnamed'));
    const errors = new InputErrors();
    await expect(writeInTransaction(database.db, errors, {}, (tx) =>
      tx.insert(counterparties).values(organisation('w-unnamed')).returning())).rejects.toThrow();
    expect(errors.list).toEqual([]);
  });

  it('turns a reference to a row that does not exist into NOT_FOUND on its field', async () => {
    const errors = new InputErrors();
    const row = await writeInTransaction(database.db, errors, uniqueFields, (tx) =>
      tx.update(counterparties).set({ parentId: 987_654_321 }).where(eq(counterparties.externalId, 'w-commit')).returning());
    expect(row).toBeNull();
    expect(errors.list).toEqual([{ field: ['input', 'parentId'], code: 'NOT_FOUND', message: 'The record given in parentId no longer exists.' }]);
    const [unchanged] = await database.db.select().from(counterparties).where(eq(counterparties.externalId, 'w-commit'));
    expect(unchanged.parentId).toBeNull();
  });

  it('rolls back and rethrows anything else thrown (a CONFLICT, a NOT_FOUND on the input id)', async () => {
    const errors = new InputErrors();
    const conflict = new GraphQLError('stale', { extensions: { code: 'CONFLICT' } });
    await expect(writeInTransaction(database.db, errors, uniqueFields, async (tx) => {
      await tx.insert(counterparties).values(organisation('w-thrown'));
      throw conflict;
    })).rejects.toBe(conflict);
    expect(await stored('w-thrown')).toBe(0);
  });
});

describe('payloadWriter', () => {
  it('answers the row under its payload field after telling the loaders, or the user errors alone', async () => {
    const remembered: string[] = [];
    const save = payloadWriter('counterparty', uniqueFields, (_ctx: { db: typeof database.db }, row: { externalId: string | null }) => {
      remembered.push(row.externalId!);
    });
    const ctx = { db: database.db };
    const saved = await save(ctx, new InputErrors(), async (tx) => (await tx.insert(counterparties).values(organisation('w-payload')).returning())[0]);
    expect(saved).toMatchObject({ counterparty: { externalId: 'w-payload' }, userErrors: [] });
    const refused = await save(ctx, new InputErrors(), async (tx) => (await tx.insert(counterparties).values(organisation('w-payload')).returning())[0]);
    expect(refused).toEqual({ userErrors: [{ field: ['input', 'externalId'], code: 'DUPLICATE', message: 'Another counterparty already has this externalId.' }] });
    expect(remembered).toEqual(['w-payload']);
  });
});
