import { getTableName, type AnyColumn, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { badInput } from './errors.js';

/** The largest page a client may ask for; more is a BAD_USER_INPUT, not a silent cap. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  /** Rows wanted; one more is fetched to learn whether another page exists. */
  size: number;
  /** `backward` pages (`last`/`before`) read the order reversed, then flip the rows back. */
  backward: boolean;
  /** The sort-key values of the row to start after, or null for the first page. */
  cursor: CursorValue[] | null;
  /** Whether the client came from another page, which is how hasPreviousPage/hasNextPage are known. */
  fromCursor: boolean;
}

export type CursorValue = string | number;

/** What a sort key holds; a cursor's values are checked against it before they reach SQL. */
export type SortKeyType = 'text' | 'integer' | 'instant' | 'date';

/** One key of a keyset order: the column, its direction and the type of its values. */
export interface SortKey<Row> {
  /** Names the key (table and column) in cursors, so a cursor of one list or order is refused by another. */
  name: string;
  column: AnyColumn | SQL;
  type: SortKeyType;
  descending: boolean;
  /** The value of this key in a row, as it goes into a cursor. */
  valueOf(row: Row): CursorValue;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar instant or date (no 31 February) in the years PostgreSQL and ISO text share. */
const realDate = (value: string) => {
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid && parsed.year >= 1 && parsed.year <= 9999;
};

const VALID: Record<SortKeyType, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.length <= 2000 && !value.includes('\u0000'),
  integer: (value) => Number.isSafeInteger(value),
  instant: (value) => typeof value === 'string' && ISO_INSTANT.test(value) && realDate(value),
  date: (value) => typeof value === 'string' && ISO_DATE.test(value) && realDate(value),
};

/** The order a cursor belongs to: key names and directions, e.g. "name,id" or "-occurred_at,-id". */
const orderSignature = (keys: SortKey<unknown>[]) =>
  keys.map((key) => `${key.descending ? '-' : ''}${key.name}`).join(',');

export function encodeCursor<Row>(keys: SortKey<Row>[], row: Row): string {
  const values = [orderSignature(keys as SortKey<unknown>[]), ...keys.map((key) => key.valueOf(row))];
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for `keys`; anything else is a clear BAD_USER_INPUT. */
export function decodeCursor<Row>(cursor: string, keys: SortKey<Row>[], argument: string): CursorValue[] {
  let values: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,4000}$/.test(cursor)) throw new Error('not base64url');
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`"${argument}" is not a cursor this API issued. Use a cursor from pageInfo or an edge.`, [argument]);
  }
  const valid = Array.isArray(values)
    && values.length === keys.length + 1
    && values[0] === orderSignature(keys as SortKey<unknown>[])
    && keys.every((key, i) => VALID[key.type](values[i + 1]));
  if (!valid) {
    throw badInput(`"${argument}" is a cursor of another list or order. Use a cursor from this connection, with the same orderBy.`, [argument]);
  }
  return (values as CursorValue[]).slice(1);
}

function pageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(`"${argument}" must be from 0 to ${MAX_PAGE_SIZE}, got ${value}.`, [argument]);
  }
  return value;
}

/** Reads Relay paging arguments for a list in the order of `keys`. */
export function readPage<Row>(args: PageArgs, keys: SortKey<Row>[]): Page {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) throw badInput('Give "first" or "last", not both.', ['last']);
  if (args.after != null && args.before != null) throw badInput('Give "after" or "before", not both.', ['before']);
  const backward = last !== null || (args.before != null && first === null);
  if (backward && args.after != null) throw badInput('"after" pages forward; use it with "first".', ['after']);
  if (!backward && args.before != null) throw badInput('"before" pages backward; use it with "last".', ['before']);
  const cursorArgument = backward ? 'before' : 'after';
  const cursorText = backward ? args.before : args.after;
  return {
    size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursorText == null ? null : decodeCursor(cursorText, keys, cursorArgument),
    fromCursor: cursorText != null,
  };
}

export interface Edge<Node> { cursor: string; node: Node }
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  /** Counts the whole list; only called when a client selects `totalCount`. */
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from rows fetched with `limit size + 1` in the page's reading direction.
 * The extra row only tells that there is more.
 */
export function toConnection<Row, Node = Row>(
  rows: Row[],
  page: Page,
  keys: SortKey<Row>[],
  totalCount: () => Promise<number>,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const hasMore = rows.length > page.size;
  const pageRows = hasMore ? rows.slice(0, page.size) : rows;
  if (page.backward) pageRows.reverse();
  // Cursors are encoded only when a client selects them: most card queries never do.
  const cursorOf = (row: Row) => encodeCursor(keys, row);
  const edges = pageRows.map((row) => new LazyEdge(row, toNode(row), cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.fromCursor : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.fromCursor,
      get startCursor() { return edges[0]?.cursor ?? null; },
      get endCursor() { return edges[edges.length - 1]?.cursor ?? null; },
    },
    totalCount,
  };
}

/** An edge whose cursor is encoded when read. */
class LazyEdge<Row, Node> implements Edge<Node> {
  constructor(private readonly row: Row, readonly node: Node, private readonly cursorOf: (row: Row) => string) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}

const keyName = (column: AnyColumn) => `${getTableName(column.table)}.${column.name}`;

/** Sort keys on plain columns, named after their table and column. */
export const sortBy = {
  text: <Row>(column: AnyColumn, get: (row: Row) => string, descending = false): SortKey<Row> =>
    ({ name: keyName(column), column, type: 'text', descending, valueOf: get }),
  id: <Row extends { id: number }>(column: AnyColumn, descending = false): SortKey<Row> =>
    ({ name: keyName(column), column, type: 'integer', descending, valueOf: (row) => row.id }),
  instant: <Row>(column: AnyColumn, get: (row: Row) => Date, descending = false): SortKey<Row> =>
    ({ name: keyName(column), column, type: 'instant', descending, valueOf: (row) => get(row).toISOString() }),
};
