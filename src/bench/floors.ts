import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { counterparties } from '../db/schema';
import { searchTextMatches } from '../db/search';
import { today } from '../lib/dates';
import type { HttpScenarioName, SearchTerms } from './scenarios';

/**
 * The floor of each scenario: the SQL the answer needs, sent with postgres.js straight to the
 * database (no HTTP, GraphQL, authentication or Drizzle), by as many workers as the HTTP load has
 * connections, each in a tight loop. The server's throughput divided by its floor's says how much
 * of the database's capacity reaches the client.
 *
 * The statements mirror what the repositories send for these queries (see the *.repository.ts
 * and *.loaders.ts of counterparties, persons, chronicle, catalogues and obligations); the
 * per-request API key lookup is not part of any floor.
 */
export interface FloorResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

type Unit = () => Promise<void>;

const PAGE = 50;
const SEARCH_PAGE = 20;
const CHRONICLE_PAGE = 10;

/** Flat: one page in name order, only the columns the query selects; one row more tells whether there is a next page. */
function flatUnit(sql: postgres.Sql): Unit {
  return async () => {
    const rows = await sql`
      select id, name, legal_name, tax_number, kind, roles, importance, created_at, updated_at
      from counterparties where archived_at is null order by name, id limit ${PAGE + 1}`;
    expectRows(rows, 'flat page');
  };
}

/**
 * Nested: the page, then what the loaders send for the 50 cards: persons through their positions,
 * the first 10 chronicle entries per counterparty with one LATERAL statement, the entries'
 * employees, and the open obligations. As in the server, the three lists go out together and the
 * employees follow the chronicle.
 */
function nestedUnit(sql: postgres.Sql): Unit {
  return async () => {
    const page = await sql`select * from counterparties where archived_at is null order by name, id limit ${PAGE + 1}`;
    const ids = page.slice(0, PAGE).map((row) => row.id as number);
    const persons = sql`
      select pp.counterparty_id, p.*
      from person_positions pp join persons p on p.id = pp.person_id
      where pp.counterparty_id in ${sql(ids)} and p.archived_at is null and (pp.end_date is null or pp.end_date >= ${today()})
      group by pp.counterparty_id, p.id
      order by pp.counterparty_id, bool_or(pp.is_primary) desc, p.last_name, coalesce(p.first_name, ''), p.id`;
    const chronicle = sql`
      select c.id as counterparty_id, e.*
      from counterparties c join lateral (
        select * from chronicle_entries where counterparty_id = c.id order by occurred_at desc, id desc limit ${CHRONICLE_PAGE + 1}
      ) e on true
      where c.id in ${sql(ids)}
      order by c.id, e.occurred_at desc, e.id desc`
      .then(async (entries) => {
        const employeeIds = [...new Set(entries.map((entry) => entry.responsible_employee_id as number | null).filter((id) => id !== null))];
        if (employeeIds.length > 0) await sql`select * from employees where id in ${sql(employeeIds)}`;
        return entries;
      });
    const obligations = sql`
      select * from obligations
      where counterparty_id in ${sql(ids)} and status in ('OPEN', 'PARTIALLY_FULFILLED')
      order by counterparty_id, due_date asc nulls last, id`;
    const [personRows, entryRows] = await Promise.all([persons, chronicle, obligations]);
    expectRows(personRows, 'persons');
    expectRows(entryRows, 'chronicle');
  };
}

/**
 * Search: the trigram-indexed match on search_text with the condition the API builds for each
 * term (rendered from src/db/search.ts, so a phone fragment also matches by its digits).
 */
function searchUnit(sql: postgres.Sql, terms: SearchTerms): Unit {
  const dialect = new PgDialect();
  const statements = [terms.name, terms.phone, terms.taxNumber].map((term) => {
    const condition = dialect.sqlToQuery(searchTextMatches(counterparties.searchText, term));
    const limit = `$${condition.params.length + 1}`;
    return {
      text: `select * from counterparties where (${condition.sql}) and archived_at is null order by name, id limit ${limit}`,
      params: [...condition.params, SEARCH_PAGE + 1] as postgres.ParameterOrJSON<never>[],
    };
  });
  let next = 0;
  return async () => {
    const statement = statements[next++ % statements.length];
    expectRows(await sql.unsafe(statement.text, statement.params, { prepare: true }), 'search');
  };
}

function expectRows(rows: readonly unknown[], what: string): void {
  if (rows.length === 0) throw new Error(`The ${what} floor statement found no rows: the floor would measure an empty answer.`);
}

export function floorUnit(name: HttpScenarioName, sql: postgres.Sql, terms: SearchTerms): Unit {
  switch (name) {
    case 'flat': return flatUnit(sql);
    case 'nested': return nestedUnit(sql);
    case 'search': return searchUnit(sql, terms);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `unit` from `workers` concurrent loops for `seconds` and answers the rate and latencies. */
export async function runFloor(unit: Unit, options: { workers: number; seconds: number }): Promise<FloorResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await unit();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
  };
}
