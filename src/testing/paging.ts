import { expect } from 'vitest';
import type { GraphQLResult } from './api.js';

/** What a connection query selects for these helpers: its edges' nodes and its whole pageInfo. */
export const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** A Relay page's variables; the operation declares `$first: Int, $after: String, $last: Int, $before: String`. */
export interface PageVariables { first?: number; after?: string | null; last?: number; before?: string | null }

/**
 * A connection to page through: `send` runs the operation with the page's variables, `path` leads
 * from `data` to the connection (through lists, `[0]` picks the first parent's).
 */
export interface Paged {
  send(variables: Record<string, unknown>): Promise<GraphQLResult<any>>;
  path: (string | number)[];
}

interface ConnectionPage {
  edges: Array<{ node: unknown }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function readPage({ send, path }: Paged, variables: PageVariables): Promise<ConnectionPage> {
  const result = await send(variables as Record<string, unknown>);
  if (result.errors) throw new Error(`${JSON.stringify(variables)} failed: ${JSON.stringify(result.errors)}`);
  return path.reduce((value: any, step) => value?.[step], result.data) as ConnectionPage;
}

/**
 * Reads the whole connection `size` items at a time forward (first/after) and backward
 * (last/before) and expects the same items either way: the backward pages, taken last to first,
 * hold the forward list; each page is in the list's order and its pageInfo tells what lies on
 * either side. Answers the items, so a test can check the list itself; it must span pages.
 */
export async function expectSameItemsBothWays(paged: Paged, size = 2): Promise<unknown[]> {
  const walk = async (backward: boolean) => {
    const pages: unknown[][] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await readPage(paged, backward ? { last: size, before: cursor } : { first: size, after: cursor });
      expect(page.edges.length).toBeLessThanOrEqual(size);
      // The side the walk came from is known by the cursor; the side ahead by the page itself.
      expect(backward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage).toBe(cursor !== null);
      pages.push(page.edges.map((edge) => edge.node));
      const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
      if (!more) break;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
      if (pages.length > 100) throw new Error('The connection never ends');
    }
    return pages;
  };
  const forward = (await walk(false)).flat();
  const backward = (await walk(true)).reverse().flat();
  expect(forward.length).toBeGreaterThan(size);
  expect(backward).toEqual(forward);
  return forward;
}

/**
 * Expects the paging arguments' misuse refused as every connection refuses it: a malformed
 * `before`, an oversized `last`, `first` with `last`, and `after` on a backward page, each a
 * BAD_USER_INPUT naming its argument (once per parent for a nested connection).
 */
export async function expectPagingRefusals({ send }: Paged): Promise<void> {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ last: 2, before: 'definitely-not-a-cursor!' }, 'before'],
    [{ last: 101 }, 'last'],
    [{ first: 1, last: 1 }, 'last'],
    [{ last: 1, after: 'definitely-not-a-cursor!' }, 'after'],
  ];
  for (const [variables, argument] of cases) {
    const result = await send(variables);
    expect(result.errors?.length, JSON.stringify(variables)).toBeGreaterThan(0);
    for (const error of result.errors!) {
      expect([error.extensions?.code, error.extensions?.field]).toEqual(['BAD_USER_INPUT', [argument]]);
    }
  }
}
