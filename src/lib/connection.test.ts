import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, readPage, toConnection, type SortKey } from './connection.js';

const codeAndField = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field };
  }
  throw new Error('expected an error');
};

interface Row { id: number; name: string; at: Date }
const byName: SortKey<Row>[] = [
  { name: 'name', column: undefined as never, type: 'text', descending: false, valueOf: (row) => row.name },
  { name: 'id', column: undefined as never, type: 'integer', descending: false, valueOf: (row) => row.id },
];
const newestFirst: SortKey<Row>[] = [
  { name: 'at', column: undefined as never, type: 'instant', descending: true, valueOf: (row) => row.at.toISOString() },
  { name: 'id', column: undefined as never, type: 'integer', descending: true, valueOf: (row) => row.id },
];
const row = (id: number, name = `n${id}`): Row => ({ id, name, at: new Date(Date.UTC(2026, 0, id)) });
const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('readPage', () => {
  it('defaults to 20 forward and reads first/after', () => {
    expect(readPage({}, byName)).toEqual({ size: 20, backward: false, cursor: null, fromCursor: false });
    const after = encodeCursor(byName, row(7, 'Acme'));
    expect(readPage({ first: 5, after }, byName)).toEqual({ size: 5, backward: false, cursor: ['Acme', 7], fromCursor: true });
  });

  it('reads last/before as a backward page', () => {
    const before = encodeCursor(newestFirst, row(3));
    expect(readPage({ last: 3, before }, newestFirst)).toMatchObject({ size: 3, backward: true, fromCursor: true, cursor: ['2026-01-03T00:00:00.000Z', 3] });
  });

  it('refuses oversized and negative pages, naming the argument', () => {
    expect(codeAndField(() => readPage({ first: 101 }, byName))).toEqual({ code: 'BAD_USER_INPUT', field: ['first'] });
    expect(codeAndField(() => readPage({ last: -1 }, byName))).toEqual({ code: 'BAD_USER_INPUT', field: ['last'] });
    expect(codeAndField(() => readPage({ first: 1, last: 1 }, byName))).toEqual({ code: 'BAD_USER_INPUT', field: ['last'] });
    expect(codeAndField(() => readPage({ last: 1, after: encodeCursor(byName, row(1)) }, byName))).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
  });

  it('refuses cursors it did not issue, of another order, or with values of the wrong type', () => {
    const refused = (cursor: string, keys: SortKey<Row>[] = byName) => codeAndField(() => decodeCursor(cursor, keys, 'after'));
    const badInput = { code: 'BAD_USER_INPUT', field: ['after'] };
    expect(refused('%%%')).toEqual(badInput);
    expect(refused(forged({ a: 1 } as never))).toEqual(badInput);
    expect(refused(encodeCursor(newestFirst, row(1)))).toEqual(badInput);
    expect(refused(forged(['name,id', 'Acme', 'zz']))).toEqual(badInput);
    expect(refused(forged(['-at,-id', 'yesterday', 1]), newestFirst)).toEqual(badInput);
    expect(refused(forged(['-at,-id', '2026-13-45T00:00:00Z', 1]), newestFirst)).toEqual(badInput);
    expect(decodeCursor(forged(['name,id', 'Acme', 4]), byName, 'after')).toEqual(['Acme', 4]);
  });
});

describe('toConnection', () => {
  it('uses the extra row only to tell that more follows', () => {
    const page = readPage({ first: 2 }, byName);
    const connection = toConnection([row(1), row(2), row(3)], page, byName, async () => 3);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor(byName, row(2)) });
  });

  it('flips a backward page into forward order', () => {
    const page = readPage({ last: 2, before: encodeCursor(byName, row(9)) }, byName);
    const connection = toConnection([row(8), row(7), row(6)], page, byName, async () => 9);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual([7, 8]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(byName, row(7)) });
  });
});
