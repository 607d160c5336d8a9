import type { ImportPayloadFieldsFragment } from './wire-types.generated.js';

/**
 * The six import types the CLI knows: which mutation each calls and how a CSV column becomes a
 * field of the mutation's row (see rows.ts). JSONL rows are sent as they are.
 */

/** How a CSV cell is turned into a field value; an empty cell always leaves the field out. */
export type FieldKind =
  | 'string' //  sent as written (text, enums, Decimals, dates)
  | 'int' //     a whole number
  | 'boolean' // true/false (also 1/0, yes/no)
  | 'list' //    `;`-separated values: ["CLIENT", "PARTNER"]
  | 'phones' //  `;`-separated numbers: [{ number }]
  | 'emails' //  `;`-separated addresses: [{ address }]
  | 'json'; //   a JSON array (an object is taken as a list of one)

/** `prefix.field` columns that fill the first (only) item of a list, e.g. `position.title`. */
export interface Shortcut {
  list: string;
  fields: Record<string, FieldKind>;
}

export interface ImportTypeSpec {
  /** The name on the command line. */
  name: ImportTypeName;
  mutation: string;
  inputType: string;
  /** The GraphQL input type of one row, for the schema test. */
  rowType: string;
  /** The row field shown as the row's key in the report. */
  keyField: string;
  fields: Record<string, FieldKind>;
  shortcuts: Record<string, Shortcut>;
}

export const IMPORT_TYPE_NAMES = ['counterparties', 'persons', 'chronicle', 'obligations', 'products', 'prices'] as const;
export type ImportTypeName = (typeof IMPORT_TYPE_NAMES)[number];

const ADDRESS: Record<string, FieldKind> = {
  kind: 'string', countryCode: 'string', region: 'string', city: 'string', postalCode: 'string',
  street: 'string', building: 'string', unit: 'string', text: 'string',
};
const BANK_ACCOUNT: Record<string, FieldKind> = {
  bankName: 'string', bic: 'string', accountNumber: 'string', currency: 'string', primary: 'boolean',
};
const POSITION: Record<string, FieldKind> = {
  counterpartyExternalId: 'string', title: 'string', role: 'string', isPrimary: 'boolean', startDate: 'string', endDate: 'string',
};

export const IMPORT_TYPES: Record<ImportTypeName, ImportTypeSpec> = {
  counterparties: {
    name: 'counterparties',
    mutation: 'importCounterparties',
    inputType: 'ImportCounterpartiesInput',
    rowType: 'CounterpartyImportRow',
    keyField: 'externalId',
    fields: {
      externalId: 'string', kind: 'string', roles: 'list', name: 'string', legalName: 'string', taxNumber: 'string',
      registrationNumber: 'string', addresses: 'json', phones: 'phones', emails: 'emails', websites: 'list',
      bankAccounts: 'json', notes: 'string', industry: 'string', region: 'string', segment: 'string', size: 'string',
      importance: 'string', groupPath: 'string', responsibleEmployeeEmail: 'string', informationSourceName: 'string',
      parentExternalId: 'string',
    },
    shortcuts: {
      address: { list: 'addresses', fields: ADDRESS },
      bankAccount: { list: 'bankAccounts', fields: BANK_ACCOUNT },
    },
  },
  persons: {
    name: 'persons',
    mutation: 'importPersons',
    inputType: 'ImportPersonsInput',
    rowType: 'PersonImportRow',
    keyField: 'externalId',
    fields: {
      externalId: 'string', lastName: 'string', firstName: 'string', middleName: 'string', phones: 'phones',
      emails: 'emails', birthday: 'string', notes: 'string', positions: 'json',
    },
    shortcuts: { position: { list: 'positions', fields: POSITION } },
  },
  chronicle: {
    name: 'chronicle',
    mutation: 'importChronicleEntries',
    inputType: 'ImportChronicleEntriesInput',
    rowType: 'ChronicleEntryImportRow',
    keyField: 'externalId',
    fields: {
      externalId: 'string', counterpartyExternalId: 'string', personExternalId: 'string', responsibleEmployeeEmail: 'string',
      kind: 'string', status: 'string', channel: 'string', direction: 'string', importance: 'string', plannedAt: 'string',
      happenedAt: 'string', remindAt: 'string', durationMinutes: 'int', subject: 'string', result: 'string',
    },
    shortcuts: {},
  },
  obligations: {
    name: 'obligations',
    mutation: 'importObligations',
    inputType: 'ImportObligationsInput',
    rowType: 'ObligationImportRow',
    keyField: 'externalId',
    fields: {
      externalId: 'string', counterpartyExternalId: 'string', kind: 'string', debtor: 'string', description: 'string',
      amount: 'string', currency: 'string', dueDate: 'string',
    },
    shortcuts: {},
  },
  products: {
    name: 'products',
    mutation: 'importProducts',
    inputType: 'ImportProductsInput',
    rowType: 'ProductImportRow',
    keyField: 'externalId',
    fields: {
      externalId: 'string', code: 'string', name: 'string', type: 'string', unit: 'string', groupPath: 'string', description: 'string',
    },
    shortcuts: {},
  },
  prices: {
    name: 'prices',
    mutation: 'importPrices',
    inputType: 'ImportPricesInput',
    rowType: 'PriceImportRow',
    keyField: 'productExternalId',
    fields: { productExternalId: 'string', priceTypeCode: 'string', effectiveFrom: 'string', price: 'string' },
    shortcuts: {},
  },
};

export function importType(name: string): ImportTypeSpec | undefined {
  return (IMPORT_TYPE_NAMES as readonly string[]).includes(name) ? IMPORT_TYPES[name as ImportTypeName] : undefined;
}

/** A row as sent in `input.rows`. */
export type ImportRow = Record<string, unknown>;

/** One data row of the file, read and mapped, or the reason it could not be. */
export interface SourceRow {
  /** Position among the file's data rows, from 0. */
  index: number;
  /** The line of the file the row starts on, from 1. */
  line: number;
  /** Bytes of the file consumed up to the end of this row. */
  bytes: number;
  /** The row to send; absent when `error` says why it cannot be sent. */
  row?: ImportRow;
  error?: { field: string | null; message: string };
}

/** How rows are loaded, as the schema names it. */
export type { ImportMode } from '../../schema/types.generated.js';

/** An import call's answer as the client reads it (the fragment in client.ts), typed from the schema. */
export type ImportPayload = ImportPayloadFieldsFragment;
