import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Selection-aware reads: a list loader reads only the columns the query's fields need. Decoding
 * columns nobody asked for (wide jsonb lists, long texts, timestamps turned into Dates) was most
 * of the client CPU of a page of cards.
 *
 * A module declares, once per GraphQL object type, which columns each field needs (`columnPlan`);
 * a resolver turns the fields its query selects into a `ColumnChoice` (`chooseColumns`), and the
 * choice is part of the loader's key, so parents asking for the same fields share one batch.
 * Rows read this way lack the other columns: they go to the objects of the query that chose them,
 * never into a by-id loader's cache.
 */
export type ColumnName<T extends PgTable> = keyof T['_']['columns'] & string;

export interface ColumnPlan<T extends PgTable = PgTable> {
  readonly table: T;
  /** Columns every read carries, whatever is selected: the key, the parent key, the order's columns. */
  readonly always: readonly ColumnName<T>[];
  /**
   * Fields whose resolvers need other columns than the one named like the field (a nested list
   * needs none beyond the key: `[]`). A field neither listed here nor named like a column makes
   * the read take every column: a forgotten entry costs speed, never a wrong answer.
   */
  readonly fields: Readonly<Record<string, readonly ColumnName<T>[]>>;
}

export const columnPlan = <T extends PgTable>(table: T, always: readonly ColumnName<T>[], fields: ColumnPlan<T>['fields']): ColumnPlan<T> =>
  ({ table, always, fields });

/** The property names of the columns to read, sorted so that equal choices key one loader; null is every column. */
export type ColumnChoice = readonly string[] | null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plans of every table share the cache
const choices = new WeakMap<ReadonlySet<string>, Map<ColumnPlan<any>, ColumnChoice>>();

/**
 * The columns `plan`'s fields in `selected` need. Memoised per selection set: the resolver of a
 * nested list runs once per parent with the same set (see `selectedFieldNames`).
 */
export function chooseColumns<T extends PgTable>(plan: ColumnPlan<T>, selected: ReadonlySet<string>): ColumnChoice {
  let byPlan = choices.get(selected);
  if (!byPlan) choices.set(selected, (byPlan = new Map()));
  if (byPlan.has(plan)) return byPlan.get(plan)!;
  const choice = computeChoice(plan, selected);
  byPlan.set(plan, choice);
  return choice;
}

function computeChoice<T extends PgTable>(plan: ColumnPlan<T>, selected: ReadonlySet<string>): ColumnChoice {
  const columns = getTableColumns(plan.table);
  const chosen = new Set<string>(plan.always);
  for (const field of selected) {
    if (field === '__typename') continue;
    const needs = Object.hasOwn(plan.fields, field) ? plan.fields[field] : Object.hasOwn(columns, field) ? [field] : null;
    if (!needs) return null;
    for (const column of needs) chosen.add(column);
  }
  return [...chosen].sort();
}

const propertiesByColumn = new WeakMap<PgTable, Map<unknown, string>>();

/**
 * `choice` with the columns `keys` read added: a page's sort keys go into its cursors, so its
 * rows must carry them. A key on an expression (not a plain column) makes the read take every column.
 */
export function withKeyColumns(table: PgTable, choice: ColumnChoice, keys: readonly { column: unknown }[]): ColumnChoice {
  if (choice === null) return null;
  let properties = propertiesByColumn.get(table);
  if (!properties) {
    properties = new Map(Object.entries(getTableColumns(table)).map(([property, column]) => [column, property]));
    propertiesByColumn.set(table, properties);
  }
  const needed = keys.map((key) => properties.get(key.column));
  if (needed.some((property) => property === undefined)) return null;
  const missing = needed.filter((property) => !choice.includes(property!));
  return missing.length === 0 ? choice : [...new Set([...choice, ...missing as string[]])].sort();
}
