import { sql } from 'drizzle-orm';
import {
  boolean, date, index, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { contactKeysExpression, searchTextExpression } from '../search.js';
import { folderTable, id, recordColumns, ref } from './columns.js';
import { employees, informationSources } from './catalogues.js';

export const counterpartyKind = pgEnum('counterparty_kind', ['ORGANIZATION', 'INDIVIDUAL']);
export const counterpartyRole = pgEnum('counterparty_role', ['CLIENT', 'PROSPECT', 'PARTNER', 'COMPETITOR', 'SUPPLIER', 'OTHER']);
export const importance = pgEnum('importance', ['KEY', 'NORMAL', 'LOW']);
export const companySize = pgEnum('company_size', ['MICRO', 'SMALL', 'MEDIUM', 'LARGE']);
export const parameterType = pgEnum('parameter_type', ['STRING', 'NUMBER', 'DATE', 'BOOLEAN']);

export type AddressKind = 'LEGAL' | 'ACTUAL' | 'POSTAL' | 'DELIVERY';
export interface Address {
  kind: AddressKind;
  countryCode: string | null;
  region: string | null;
  city: string | null;
  postalCode: string | null;
  street: string | null;
  building: string | null;
  unit: string | null;
  /** The address as one line, for printing and for addresses not split into parts. */
  text: string | null;
}
export type ContactKind = 'WORK' | 'MOBILE' | 'HOME' | 'FAX' | 'OTHER';
export interface Phone { kind: ContactKind; number: string; extension: string | null; note: string | null }
export interface Email { kind: ContactKind; address: string; note: string | null }
export interface BankAccount {
  bankName: string;
  bic: string | null;
  accountNumber: string;
  currency: string | null;
  primary: boolean;
}

/** A folder of the counterparty catalogue. */
export const counterpartyGroups = folderTable('counterparty_groups');

export const counterparties = pgTable('counterparties', {
  id: id(),
  externalId: text('external_id'),
  kind: counterpartyKind('kind').notNull(),
  roles: counterpartyRole('roles').array().notNull().default(sql`'{}'`),
  name: text('name').notNull(),
  legalName: text('legal_name'),
  taxNumber: text('tax_number'),
  registrationNumber: text('registration_number'),
  addresses: jsonb('addresses').$type<Address[]>().notNull().default([]),
  phones: jsonb('phones').$type<Phone[]>().notNull().default([]),
  emails: jsonb('emails').$type<Email[]>().notNull().default([]),
  websites: text('websites').array().notNull().default(sql`'{}'`),
  bankAccounts: jsonb('bank_accounts').$type<BankAccount[]>().notNull().default([]),
  notes: text('notes'),
  industry: text('industry'),
  region: text('region'),
  segment: text('segment'),
  size: companySize('size'),
  importance: importance('importance').notNull().default('NORMAL'),
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  informationSourceId: ref('information_source_id').references(() => informationSources.id),
  groupId: ref('group_id').references(() => counterpartyGroups.id),
  parentId: ref('parent_id').references((): AnyPgColumn => counterparties.id),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** What free-text search matches: names, requisites, e-mails, phone digits (see db/search.ts). */
  searchText: text('search_text').notNull()
    .generatedAlwaysAs(searchTextExpression(['name', 'legal_name', 'tax_number', 'registration_number'])),
  /** The keys contact cards are matched against to find duplicates (see db/search.ts). */
  contactKeys: text('contact_keys').array().notNull().generatedAlwaysAs(contactKeysExpression()),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('counterparties_external_id_key').on(t.externalId),
  index('counterparties_name_id_idx').on(t.name, t.id),
  index('counterparties_updated_at_id_idx').on(t.updatedAt, t.id),
  index('counterparties_created_at_id_idx').on(t.createdAt, t.id),
  index('counterparties_group_id_idx').on(t.groupId),
  index('counterparties_responsible_employee_id_idx').on(t.responsibleEmployeeId),
  index('counterparties_parent_id_idx').on(t.parentId),
  index('counterparties_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  index('counterparties_contact_keys_idx').using('gin', t.contactKeys),
]);

/** A site or piece of equipment served at a counterparty. */
export const counterpartyObjects = pgTable('counterparty_objects', {
  id: id(),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  name: text('name').notNull(),
  address: text('address'),
  notes: text('notes'),
  ...recordColumns(),
}, (t) => [index('counterparty_objects_counterparty_id_idx').on(t.counterpartyId, t.id)]);

/** A typed attribute defined once per installation and filled per counterparty. */
export const parameterDefinitions = pgTable('parameter_definitions', {
  id: id(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  type: parameterType('type').notNull(),
  description: text('description'),
  ...recordColumns(),
}, (t) => [uniqueIndex('parameter_definitions_code_key').on(t.code)]);

/** One value per counterparty and parameter, in the column that matches the parameter's type. */
export const parameterValues = pgTable('counterparty_parameter_values', {
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  parameterId: ref('parameter_id').notNull().references(() => parameterDefinitions.id),
  stringValue: text('string_value'),
  numberValue: numeric('number_value'),
  dateValue: date('date_value', { mode: 'string' }),
  booleanValue: boolean('boolean_value'),
  updatedAt: recordColumns().updatedAt,
}, (t) => [
  primaryKey({ columns: [t.counterpartyId, t.parameterId] }),
  index('counterparty_parameter_values_parameter_id_idx').on(t.parameterId),
]);

/** For a client: a competitor it also buys from, and that competitor's share of its purchases. */
export const counterpartyCompetitors = pgTable('counterparty_competitors', {
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  competitorId: ref('competitor_id').notNull().references(() => counterparties.id),
  /** Percentage of the client's purchases, 0 to 100. */
  purchaseShare: numeric('purchase_share', { precision: 5, scale: 2 }),
  notes: text('notes'),
  ...recordColumns(),
}, (t) => [
  primaryKey({ columns: [t.counterpartyId, t.competitorId] }),
  index('counterparty_competitors_competitor_id_idx').on(t.competitorId),
]);

export type CounterpartyGroupRow = typeof counterpartyGroups.$inferSelect;
export type CounterpartyRow = typeof counterparties.$inferSelect;
export type CounterpartyInsert = typeof counterparties.$inferInsert;
export type CounterpartyObjectRow = typeof counterpartyObjects.$inferSelect;
export type ParameterDefinitionRow = typeof parameterDefinitions.$inferSelect;
export type ParameterValueRow = typeof parameterValues.$inferSelect;
export type CounterpartyCompetitorRow = typeof counterpartyCompetitors.$inferSelect;
