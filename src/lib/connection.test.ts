import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, readPage, toConnection, type SortKey } from './connection';

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

describe('readPage', () => {
  it('defaults to 20 forward and reads first/after', () => {
    expect(readPage({}, 2)).toEqual({ size: 20, backward: false, cursor: null, fromCursor: false });
    const after = encodeCursor(['Acme', 7]);
    expect(readPage({ first: 5, after }, 2)).toEqual({ size: 5, backward: false, cursor: ['Acme', 7], fromCursor: true });
  });

  it('reads last/before as a backward page', () => {
    const before = encodeCursor(['2026-01-01T00:00:00.000Z', 3]);
    expect(readPage({ last: 3, before }, 2)).toMatchObject({ size: 3, backward: true, fromCursor: true });
  });

  it('refuses oversized and negative pages, naming the argument', () => {
    expect(codeAndField(() => readPage({ first: 101 }, 1))).toEqual({ code: 'BAD_USER_INPUT', field: ['first'] });
    expect(codeAndField(() => readPage({ last: -1 }, 1))).toEqual({ code: 'BAD_USER_INPUT', field: ['last'] });
    expect(codeAndField(() => readPage({ first: 1, last: 1 }, 1))).toEqual({ code: 'BAD_USER_INPUT', field: ['last'] });
    expect(codeAndField(() => readPage({ last: 1, after: encodeCursor([1]) }, 1))).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
  });

  it('refuses cursors it did not issue and cursors of another order', () => {
    expect(codeAndField(() => decodeCursor('%%%', 2, 'after'))).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
    expect(codeAndField(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 2, 'after'))).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
    expect(codeAndField(() => decodeCursor(encodeCursor(['x']), 2, 'before'))).toEqual({ code: 'BAD_USER_INPUT', field: ['before'] });
    expect(codeAndField(() => decodeCursor(Buffer.from('[{"x":1},2]').toString('base64url'), 2, 'after'))).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
  });
});

describe('toConnection', () => {
  const keys: SortKey<{ id: number }>[] = [{ column: undefined as never, descending: false, valueOf: (row) => row.id }];
  const rows = (...ids: number[]) => ids.map((id) => ({ id }));

  it('uses the extra row only to tell that more follows', () => {
    const page = readPage({ first: 2 }, 1);
    const connection = toConnection(rows(1, 2, 3), page, keys, async () => 3);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor([2]) });
  });

  it('flips a backward page into forward order', () => {
    const page = readPage({ last: 2, before: encodeCursor([9]) }, 1);
    const connection = toConnection(rows(8, 7, 6), page, keys, async () => 9);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual([7, 8]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor([7]) });
  });
});
