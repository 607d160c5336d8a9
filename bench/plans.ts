import type postgres from 'postgres';
import type { SentStatement } from '../src/db/request-scope.js';
import type { CapturedRequest } from './captured-sql.js';

/**
 * The plans of a scenario's statements, as PostgreSQL runs them on the bench data
 * (`EXPLAIN (ANALYZE, BUFFERS)` of each captured statement with its parameters), summarised and
 * checked, so that a change of a query or an index cannot make it slower unnoticed:
 * - a sequential scan of a large table reads it whole where an index should lead to the rows;
 * - a sort of an index scan's rows under a LIMIT reads every row the index finds and sorts them
 *   where the index's own order should have stopped the read at the limit (a chronicle page per
 *   parent read all of a counterparty's entries so, while its index ordered nulls otherwise than
 *   the query).
 */
export interface PlanSummary {
  /** The statement's start, to tell it apart. */
  statement: string;
  /** Scan and join nodes, outermost first: `Index Scan chronicle_entries (chronicle_entries_counterparty_occurred_idx)`. */
  nodes: string[];
  executionMs: number;
  /** Shared buffers hit and read: the pages the statement touched. */
  buffers: number;
  /** Tables of more than `LARGE_TABLE_ROWS` rows the statement reads whole. */
  largeSequentialScans: string[];
  /** Indexes whose rows a LIMIT reads all of and sorts, instead of in the index's order. */
  sortedLimitedReads: string[];
}

/** A table this large is never to be read whole by a request. */
export const LARGE_TABLE_ROWS = 10_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** Nodes that pass their one input's rows on in its order. */
const PASS_THROUGH = new Set(['WindowAgg', 'Subquery Scan', 'Result', 'Memoize']);

/** The index a Limit's input sorts the rows of, if it does: Limit → (pass-through) → Sort → Index Scan. */
function sortedIndexUnderLimit(limit: PlanNode): string | null {
  let node = limit.Plans?.[0];
  while (node && PASS_THROUGH.has(node['Node Type'])) node = node.Plans?.[0];
  const input = node?.['Node Type'] === 'Sort' ? node.Plans?.[0] : undefined;
  return input && /^Index (Only )?Scan$/.test(input['Node Type']) ? input['Index Name'] ?? null : null;
}

async function explain(sql: postgres.Sql, statement: SentStatement, largeTables: Set<string>): Promise<PlanSummary> {
  const [row] = await sql.unsafe(`explain (analyze, buffers, format json) ${statement.sql}`, statement.params as postgres.ParameterOrJSON<never>[]);
  const [{ Plan: plan, 'Execution Time': executionMs }] = row['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
  const nodes: string[] = [];
  const largeSequentialScans: string[] = [];
  const sortedLimitedReads: string[] = [];
  walk(plan, (node) => {
    if (node['Node Type'] === 'Limit') {
      const index = sortedIndexUnderLimit(node);
      if (index) sortedLimitedReads.push(index);
    }
    if (!node['Relation Name']) return;
    nodes.push(`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`);
    if (node['Node Type'] === 'Seq Scan' && largeTables.has(node['Relation Name'])) largeSequentialScans.push(node['Relation Name']);
  });
  return {
    statement: statement.sql.replace(/\s+/g, ' ').slice(0, 120),
    nodes,
    executionMs: Math.round(executionMs * 100) / 100,
    buffers: (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
    largeSequentialScans,
    sortedLimitedReads,
  };
}

/** The plan of every statement of `request`, in the order the server sent them. */
export async function planSummaries(sql: postgres.Sql, request: CapturedRequest): Promise<PlanSummary[]> {
  const large = await sql<{ name: string }[]>`
    select relname as name from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples > ${LARGE_TABLE_ROWS}`;
  const largeTables = new Set(large.map((table) => table.name));
  const summaries: PlanSummary[] = [];
  for (const statement of request.waves.flat()) summaries.push(await explain(sql, statement, largeTables));
  return summaries;
}
