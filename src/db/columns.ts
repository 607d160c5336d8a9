import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Selection } from '../lib/selection.js';

/**
 * Selection-aware reads: a loader reads only the columns the query's fields need, and with each
 * row the rows its selected references point to. Decoding columns nobody asked for (wide jsonb
 * lists, long texts, timestamps) was most of the client CPU of a page of cards, and resolving a
 * reference through a loader per row (an entry's employee) a wave of statements and promises.
 *
 * A module declares, once per GraphQL object type, which columns each field needs and which
 * fields are references (`columnPlan`, `reference`); a resolver turns its query's selection into
 * a `ColumnChoice` (`chooseColumns`), and the choice is part of the loader's key, so parents
 * asking for the same fields share one batch. Rows read this way lack the other columns: they go
 * to the objects of the query that chose them, never into a by-id loader's cache.
 */
export type ColumnName<T extends PgTable> = keyof T['_']['columns'] & string;

/** A field answered by the row that a column of the plan's table points to (by its `id`). */
export interface Reference {
  readonly column: string;
  readonly plan: ColumnPlan;
}

/** Reads the row `column` points to with each row, of the columns `plan` says its selected fields need. */
export const reference = (column: string, plan: ColumnPlan): Reference => ({ column, plan });

export interface ColumnPlan {
  readonly table: PgTable;
  /** Columns every read carries, whatever is selected: the key, the parent key, the order's columns. */
  readonly always: readonly string[];
  /**
   * Fields whose resolvers need other columns than the one named like the field (a nested list
   * needs none beyond the key: `[]`), and references. A field neither listed here nor named like
   * a column makes the read take every column: a forgotten entry costs speed, never a wrong answer.
   */
  readonly fields: Readonly<Record<string, readonly string[] | Reference>>;
}

/** A plan for `table`; a column it names that the table lacks stops the server at startup. */
export function columnPlan<T extends PgTable>(
  table: T, always: readonly ColumnName<T>[], fields: Readonly<Record<string, readonly ColumnName<T>[] | Reference>>,
): ColumnPlan {
  const columns = getTableColumns(table);
  const named = [...always, ...Object.values(fields).flatMap((needs) => (isReference(needs) ? [needs.column] : needs))];
  const unknown = named.filter((name) => !Object.hasOwn(columns, name));
  if (unknown.length > 0) throw new Error(`The column plan of ${getTableName(table)} names columns it does not have: ${unknown.join(', ')}.`);
  return { table, always, fields };
}

/** A referenced row read with each row: answered by `field`, found through the `via` column. */
export interface Embed {
  readonly field: string;
  readonly via: string;
  readonly table: PgTable;
  readonly choice: ColumnChoice;
}

/** What a read takes of a table: the columns (null: every column) and the referenced rows. */
export interface ColumnChoice {
  /** Property names of the columns, sorted, so that equal choices key one loader. */
  readonly columns: readonly string[] | null;
  readonly embeds: readonly Embed[];
  /** Names the choice in loader keys and codec caches (what JSON.stringify writes of it). */
  readonly key: string;
  toJSON(): string;
}

function choice(columns: readonly string[] | null, embeds: readonly Embed[] = []): ColumnChoice {
  const key = `${columns?.join(',') ?? '*'}${embeds.map((embed) => `|${embed.field}:${getTableName(embed.table)}(${embed.choice.key})`).join('')}`;
  return { columns, embeds, key, toJSON: () => key };
}

/** Every column, no referenced rows: what reads for services (rules, writes) take. */
export const EVERY_COLUMN = choice(null);

const isReference = (needs: readonly string[] | Reference): needs is Reference => !Array.isArray(needs);

const choices = new WeakMap<Selection, Map<ColumnPlan, ColumnChoice>>();

/**
 * What `plan`'s fields in `selection` need. Memoised per selection: the resolver of a nested list
 * runs once per parent with the same selection (see `selectionOf`).
 */
export function chooseColumns(plan: ColumnPlan, selection: Selection): ColumnChoice {
  let byPlan = choices.get(selection);
  if (!byPlan) choices.set(selection, (byPlan = new Map()));
  let chosen = byPlan.get(plan);
  if (!chosen) byPlan.set(plan, (chosen = computeChoice(plan, selection, true)));
  return chosen;
}

/** One level of references is embedded; a reference inside an embedded row is left to its loader. */
function computeChoice(plan: ColumnPlan, selection: Selection, embedReferences: boolean): ColumnChoice {
  const columns = getTableColumns(plan.table);
  const chosen = new Set<string>(plan.always);
  const embeds: Embed[] = [];
  for (const [field, subselection] of selection) {
    if (field === '__typename') continue;
    const needs = Object.hasOwn(plan.fields, field) ? plan.fields[field] : Object.hasOwn(columns, field) ? [field] : null;
    if (!needs) return EVERY_COLUMN;
    if (!isReference(needs)) {
      for (const column of needs) chosen.add(column);
      continue;
    }
    chosen.add(needs.column);
    if (embedReferences) {
      embeds.push({ field, via: needs.column, table: needs.plan.table, choice: computeChoice(needs.plan, subselection, false) });
    }
  }
  return choice([...chosen].sort(), embeds.sort((a, b) => a.field.localeCompare(b.field)));
}


const propertiesByColumn = new WeakMap<PgTable, Map<unknown, string>>();

/**
 * `chosen` with the columns `keys` read added: a page's sort keys go into its cursors, so its
 * rows must carry them. A key on an expression (not a plain column) makes the read take every column.
 */
export function withKeyColumns(table: PgTable, chosen: ColumnChoice, keys: readonly { column: unknown }[]): ColumnChoice {
  if (chosen.columns === null) return chosen;
  let properties = propertiesByColumn.get(table);
  if (!properties) {
    properties = new Map(Object.entries(getTableColumns(table)).map(([property, column]) => [column, property]));
    propertiesByColumn.set(table, properties);
  }
  const needed = keys.map((key) => properties.get(key.column));
  if (needed.some((property) => property === undefined)) return choice(null, chosen.embeds);
  const missing = needed.filter((property) => !chosen.columns!.includes(property!));
  return missing.length === 0 ? chosen : choice([...new Set([...chosen.columns, ...missing as string[]])].sort(), chosen.embeds);
}
