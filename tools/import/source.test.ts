import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildASTSchema, getNamedType, isInputObjectType, isListType, getNullableType, type GraphQLInputObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../schema/typeDefs.generated.js';
import { CellError, checkHeader, csvLine, csvRecordToRow, HeaderError, rowToCsvCells } from './rows.js';
import { SAMPLE_COLUMNS, sampleCounterparty } from './sample.js';
import { readRows } from './source.js';
import { IMPORT_TYPE_NAMES, IMPORT_TYPES, type FieldKind, type SourceRow } from './types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-source-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(name: string, text: string | Buffer, type: keyof typeof IMPORT_TYPES = 'counterparties'): Promise<SourceRow[]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const rows: SourceRow[] = [];
  for await (const row of readRows(file, name.endsWith('.csv') ? 'csv' : 'jsonl', IMPORT_TYPES[type])) rows.push(row);
  return rows;
}

describe('CSV rows', () => {
  it('maps cells by the rules: empty left out, lists split on ";", JSON cells, booleans, whole numbers', () => {
    const spec = IMPORT_TYPES.counterparties;
    expect(csvRecordToRow(spec, {
      externalId: 'c-1', name: 'Dnipro Steel', legalName: '', roles: 'CLIENT; PARTNER', phones: '+38 056 123 45 67;+38 067 000 00 01',
      emails: 'a@x.example', websites: 'https://x.example/', addresses: '{"kind":"LEGAL","city":"Dnipro"}',
      bankAccounts: '[{"bankName":"Bank","accountNumber":"UA1"}]',
    })).toEqual({
      externalId: 'c-1', name: 'Dnipro Steel', roles: ['CLIENT', 'PARTNER'],
      phones: [{ number: '+38 056 123 45 67' }, { number: '+38 067 000 00 01' }], emails: [{ address: 'a@x.example' }],
      websites: ['https://x.example/'], addresses: [{ kind: 'LEGAL', city: 'Dnipro' }],
      bankAccounts: [{ bankName: 'Bank', accountNumber: 'UA1' }],
    });
    expect(csvRecordToRow(IMPORT_TYPES.chronicle, { externalId: 'e', durationMinutes: '45', subject: 'Call' }))
      .toEqual({ externalId: 'e', durationMinutes: 45, subject: 'Call' });
    expect(csvRecordToRow(IMPORT_TYPES.prices, { productExternalId: 'p', priceTypeCode: 'RETAIL', effectiveFrom: '2026-01-01', price: '10.50' }))
      .toEqual({ productExternalId: 'p', priceTypeCode: 'RETAIL', effectiveFrom: '2026-01-01', price: '10.50' });
  });

  it('fills the first item of a list from dotted columns', () => {
    const spec = IMPORT_TYPES.persons;
    expect(checkHeader(spec, ['externalId', 'lastName', 'position.counterpartyExternalId', 'position.isPrimary'])).toHaveLength(4);
    expect(csvRecordToRow(spec, { externalId: 'p-1', lastName: 'Melnyk', 'position.counterpartyExternalId': 'c-1', 'position.isPrimary': 'TRUE' }))
      .toEqual({ externalId: 'p-1', lastName: 'Melnyk', positions: [{ counterpartyExternalId: 'c-1', isPrimary: true }] });
    expect(csvRecordToRow(spec, { externalId: 'p-2', 'position.counterpartyExternalId': '', 'position.isPrimary': '' })).toEqual({ externalId: 'p-2' });
  });

  it('refuses a cell that cannot be its field', () => {
    expect(() => csvRecordToRow(IMPORT_TYPES.chronicle, { externalId: 'e', durationMinutes: '1.5' })).toThrow(CellError);
    expect(() => csvRecordToRow(IMPORT_TYPES.persons, { externalId: 'p', 'position.isPrimary': 'maybe' })).toThrow(/not true or false/);
    expect(() => csvRecordToRow(IMPORT_TYPES.counterparties, { externalId: 'c', addresses: '[{' })).toThrow(/Not valid JSON/);
  });

  it('refuses a header with unknown, repeated or conflicting columns, or without the key', () => {
    const spec = IMPORT_TYPES.persons;
    expect(() => checkHeader(spec, ['externalId', 'lastname'])).toThrow(/Unknown column "lastname" for persons. Known: externalId, lastName/);
    expect(() => checkHeader(spec, ['externalId', 'lastName', 'lastName'])).toThrow(/twice/);
    expect(() => checkHeader(spec, ['externalId', 'positions', 'position.title'])).toThrow(/either/);
    expect(() => checkHeader(spec, ['lastName'])).toThrow(HeaderError);
  });

  it('reads quoted cells with commas, quotes and line breaks, and names the line each row starts on', async () => {
    const rows = await read('quoted.csv', '\uFEFFexternalId,name,notes\r\n'
      + 'a,"Steel, Ltd","He said ""yes"""\r\n'
      + '\r\n'
      + 'b,Two,"line one\r\nline two"\r\n'
      + 'c,Three,\r\n');
    expect(rows.map((r) => [r.index, r.line, r.row])).toEqual([
      [0, 2, { externalId: 'a', name: 'Steel, Ltd', notes: 'He said "yes"' }],
      [1, 4, { externalId: 'b', name: 'Two', notes: 'line one\r\nline two' }],
      [2, 6, { externalId: 'c', name: 'Three' }],
    ]);
    expect(rows[2].bytes).toBe(fs.statSync(path.join(dir, 'quoted.csv')).size);
  });

  it('reports a bad cell as a row error and goes on', async () => {
    const rows = await read('bad-cell.csv', 'externalId,durationMinutes\ne1,abc\ne2,5\n', 'chronicle');
    expect(rows.map((r) => [r.line, r.row, r.error?.field])).toEqual([[2, undefined, 'durationMinutes'], [3, { externalId: 'e2', durationMinutes: 5 }, undefined]]);
  });

  it('writes sample rows that read back as the same rows', async () => {
    const spec = IMPORT_TYPES.counterparties;
    const sample = Array.from({ length: 300 }, (_, i) => sampleCounterparty(i, 3));
    const text = csvLine(SAMPLE_COLUMNS) + sample.map((row) => csvLine(rowToCsvCells(spec, row, SAMPLE_COLUMNS))).join('');
    expect(sample.some((row) => String(row.name).includes('"') || String(row.notes ?? '').includes('\n'))).toBe(true);
    const rows = await read('sample.csv', text);
    expect(rows.map((r) => r.row)).toEqual(sample);
    let line = 2;
    const lines = sample.map((row) => {
      const at = line;
      line += 1 + (String(row.notes ?? '').match(/\n/g)?.length ?? 0);
      return at;
    });
    expect(rows.map((r) => r.line)).toEqual(lines);
  });
});

describe('JSONL rows', () => {
  it('sends each line as it is, skips blank lines, reports a line that is not an object', async () => {
    const rows = await read('rows.jsonl', '{"externalId":"a","roles":["CLIENT"]}\n\n[1]\n{oops\r\n{"externalId":"b"}');
    expect(rows.map((r) => [r.index, r.line, r.row ?? r.error?.message.slice(0, 12)])).toEqual([
      [0, 1, { externalId: 'a', roles: ['CLIENT'] }],
      [1, 3, 'A line must '],
      [2, 4, 'Not valid JS'],
      [3, 5, { externalId: 'b' }],
    ]);
    expect(rows.map((r) => r.bytes)).toEqual([38, 43, 50, 68]);
  });

  it('reads lines split across read buffers', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ externalId: `x${i}`, notes: 'é'.repeat(i % 200) })).join('\n');
    const rows = await read('long.jsonl', long);
    expect(rows).toHaveLength(3000);
    expect(rows[2999].row).toEqual({ externalId: 'x2999', notes: 'é'.repeat(199) });
    expect(rows[2999].bytes).toBe(Buffer.byteLength(long));
  });
});

describe('the type table', () => {
  const schema = buildASTSchema(typeDefs);
  const expected = (type: GraphQLInputObjectType, field: string): FieldKind[] => {
    const fieldType = getNullableType(type.getFields()[field].type);
    const named = getNamedType(fieldType).name;
    if (!isListType(fieldType)) return named === 'Int' ? ['int'] : named === 'Boolean' ? ['boolean'] : ['string'];
    if (named === 'PhoneInput') return ['phones'];
    if (named === 'EmailInput') return ['emails'];
    return isInputObjectType(getNamedType(fieldType)) ? ['json'] : ['list'];
  };

  it.each(IMPORT_TYPE_NAMES)('matches the schema for %s', (name) => {
    const spec = IMPORT_TYPES[name];
    const mutation = schema.getMutationType()!.getFields()[spec.mutation];
    expect(getNamedType(mutation.args[0].type).name).toBe(spec.inputType);
    const rowType = schema.getType(spec.rowType) as GraphQLInputObjectType;
    expect(Object.keys(spec.fields).sort()).toEqual(Object.keys(rowType.getFields()).sort());
    for (const field of Object.keys(spec.fields)) expect([field, spec.fields[field]]).toEqual([field, expected(rowType, field)[0]]);
    for (const shortcut of Object.values(spec.shortcuts)) {
      const itemType = getNamedType(rowType.getFields()[shortcut.list].type) as GraphQLInputObjectType;
      expect(Object.keys(shortcut.fields).sort()).toEqual(Object.keys(itemType.getFields()).sort());
      for (const field of Object.keys(shortcut.fields)) expect([field, shortcut.fields[field]]).toEqual([field, expected(itemType, field)[0]]);
    }
  });
});
