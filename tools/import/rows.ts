import type { FieldKind, ImportRow, ImportTypeSpec } from './types.js';

/**
 * CSV cells → the mutation's row. The rules: an empty cell leaves the field out; list fields take
 * `;`-separated values (`CLIENT;PARTNER`), phones and e-mails too (numbers, addresses); complex
 * fields are a JSON cell; booleans are true/false; whole numbers are numbers; everything else
 * (text, enums, Decimals, dates) is sent as written. `position.title`-style columns fill the first
 * item of a list (`positions: [{ title }]`).
 */

export class HeaderError extends Error {}

/** A cell that cannot be turned into its field's value; the row is reported as failed, not sent. */
export class CellError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** Checks a CSV header against the type's fields; answers the column names unchanged. */
export function checkHeader(spec: ImportTypeSpec, columns: string[]): string[] {
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const column of columns) {
    if (seen.has(column)) throw new HeaderError(`The header names column "${column}" twice.`);
    seen.add(column);
    const dot = column.indexOf('.');
    const known = dot < 0
      ? column in spec.fields
      : column.slice(0, dot) in spec.shortcuts && column.slice(dot + 1) in spec.shortcuts[column.slice(0, dot)].fields;
    if (!known) unknown.push(column);
  }
  if (unknown.length > 0) {
    const shortcuts = Object.entries(spec.shortcuts).map(([prefix, s]) => `${prefix}.{${Object.keys(s.fields).join(',')}}`);
    throw new HeaderError(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} for ${spec.name}.`
      + ` Known: ${[...Object.keys(spec.fields), ...shortcuts].join(', ')}.`);
  }
  for (const [prefix, shortcut] of Object.entries(spec.shortcuts)) {
    if (seen.has(shortcut.list) && columns.some((c) => c.startsWith(`${prefix}.`))) {
      throw new HeaderError(`Use either the "${shortcut.list}" column or "${prefix}.*" columns, not both.`);
    }
  }
  if (!columns.includes(spec.keyField)) throw new HeaderError(`The header has no "${spec.keyField}" column, which every ${spec.name} row needs.`);
  return columns;
}

const splitList = (cell: string) => cell.split(';').map((item) => item.trim()).filter((item) => item !== '');

function cellValue(field: string, kind: FieldKind, cell: string): unknown {
  switch (kind) {
    case 'string':
      return cell;
    case 'int': {
      if (!/^\s*-?\d+\s*$/.test(cell)) throw new CellError(field, `"${cell}" is not a whole number.`);
      return Number(cell);
    }
    case 'boolean': {
      const value = cell.trim().toLowerCase();
      if (['true', '1', 'yes'].includes(value)) return true;
      if (['false', '0', 'no'].includes(value)) return false;
      throw new CellError(field, `"${cell}" is not true or false.`);
    }
    case 'list':
      return splitList(cell);
    case 'phones':
      return splitList(cell).map((number) => ({ number }));
    case 'emails':
      return splitList(cell).map((address) => ({ address }));
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(cell);
      } catch (error) {
        throw new CellError(field, `Not valid JSON: ${(error as Error).message}`);
      }
      if (Array.isArray(value)) return value;
      if (value !== null && typeof value === 'object') return [value];
      throw new CellError(field, 'Expected a JSON array of objects (or one object).');
    }
  }
}

/** One CSV record (column → cell) as the mutation's row. Throws CellError for a bad cell. */
export function csvRecordToRow(spec: ImportTypeSpec, record: Record<string, string>): ImportRow {
  const row: ImportRow = {};
  const items: Record<string, Record<string, unknown>> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === '' || cell === undefined) continue;
    const dot = column.indexOf('.');
    if (dot < 0) {
      row[column] = cellValue(column, spec.fields[column], cell);
      continue;
    }
    const prefix = column.slice(0, dot);
    const field = column.slice(dot + 1);
    const item = (items[prefix] ??= {});
    item[field] = cellValue(column, spec.shortcuts[prefix].fields[field], cell);
  }
  for (const [prefix, item] of Object.entries(items)) row[spec.shortcuts[prefix].list] = [item];
  return row;
}

/** The inverse, for writing sample files: a row as CSV cells under `columns`. */
export function rowToCsvCells(spec: ImportTypeSpec, row: ImportRow, columns: string[]): string[] {
  return columns.map((column) => {
    const value = row[column];
    if (value === undefined || value === null) return '';
    switch (spec.fields[column]) {
      case 'list':
        return (value as string[]).join(';');
      case 'phones':
        return (value as Array<{ number: string }>).map((phone) => phone.number).join(';');
      case 'emails':
        return (value as Array<{ address: string }>).map((email) => email.address).join(';');
      case 'json':
        return JSON.stringify(value);
      default:
        return String(value);
    }
  });
}

/** One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',') + '\n';
}
