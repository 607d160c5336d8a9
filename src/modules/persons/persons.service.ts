import type { Context } from '../../context.js';
import type { Selection } from '../../lib/selection.js';
import type { CounterpartyRow, ImportantDate, PersonRow } from '../../db/schema/index.js';
import { chooseColumns } from '../../db/columns.js';
import { payloadWriter, versionedRow, writeArchived } from '../../lib/write.js';
import type { PageArgs } from '../../lib/connection.js';
import { searchTerm } from '../../lib/search-term.js';
import { requireKey } from '../../lib/global-id.js';
import { referenceKey } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import * as contacts from '../../lib/contact-details.js';
import { MAX_LIST } from '../../lib/contact-details.js';
import { today } from '../../lib/dates.js';
import { isCurrent } from './person-rules.js';
import * as repository from './persons.repository.js';

const NAME_MAX = 100;
const TITLE_MAX = 200;
/** Birthdays before this are typing mistakes, not dossiers. */
/** Where the day begins first (UTC+14): a birthday after today there is after today everywhere. */
const EARLIEST_ZONE = 'Pacific/Kiritimati';
const EARLIEST_BIRTHDAY = '1900-01-01';

export async function getPerson(ctx: Context, id: string): Promise<PersonRow | null> {
  return ctx.loaders.persons.byId.load(requireKey(id, 'Person', ['id']));
}

export const getPersonByExternalId = (ctx: Context, externalId: string) =>
  repository.personByExternalId(ctx.db, externalId.trim());

export function listPersons(ctx: Context, filter: repository.PersonListFilter, args: PageArgs) {
  return repository.listPersons(ctx.db, { ...filter, search: searchTerm(filter.search) }, today(ctx.timeZone), args);
}

/** The persons holding a position at one counterparty, read with the other counterparties of the same level, of the columns the `selected` fields need. */
export const counterpartyPersons = (ctx: Context, counterpartyId: number, includeFormer: boolean, selected: Selection) =>
  ctx.loaders.persons.byCounterpartyId.at(selected, () => ({ includeFormer, columns: chooseColumns(repository.personColumns, selected) })).load(counterpartyId);

/** The counterparties a person currently holds a position at, each once, primary positions first. */
export async function currentCounterparties(ctx: Context, person: PersonRow): Promise<CounterpartyRow[]> {
  const on = today(ctx.timeZone);
  const positions = await ctx.loaders.persons.positionsByPersonId.load(person.id);
  const ids = [...new Set(positions.filter((position) => isCurrent(position, on)).map((position) => position.counterpartyId))];
  const rows = await Promise.all(ids.map((id) => ctx.loaders.counterparties.byId.load(id)));
  return rows.filter((row): row is CounterpartyRow => row !== null);
}

/** What a position holds besides its counterparty, which create, update and import name differently. */
export interface PositionOwnFields {
  title?: string | null;
  role?: string | null;
  isPrimary?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
}

interface PositionFields extends PositionOwnFields {
  counterpartyId: string;
}

/** Person fields create, update and import share (positions aside). */
export interface PersonOwnFields {
  externalId?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  phones?: contacts.PhoneInput[] | null;
  emails?: contacts.EmailInput[] | null;
  birthday?: string | null;
  importantDates?: Array<{ label: string; date: string }> | null;
  notes?: string | null;
}

interface PersonFields extends PersonOwnFields {
  positions?: PositionFields[] | null;
}

function importantDates(errors: InputErrors, input: Array<{ label: string; date: string }>): ImportantDate[] {
  if (input.length > MAX_LIST) {
    errors.add(['importantDates'], 'OUT_OF_RANGE', `At most ${MAX_LIST} important dates are allowed (got ${input.length}).`);
    return [];
  }
  return input.map((item, index) => ({
    label: errors.under(['importantDates', index]).text(['label'], item.label, { required: true, max: NAME_MAX }) ?? '',
    date: item.date,
  }));
}

/** A checked position; `counterpartyId` is null until the caller has found the counterparty. */
export interface CheckedPosition {
  /** Errors of this position, under `["positions", index]`. */
  at: InputErrors;
  value: Omit<repository.PositionInsert, 'counterpartyId'> & { counterpartyId: number | null };
}

/**
 * Checks positions without the database: their number, texts and dates. `counterpartyOf` reads
 * the counterparty a position names as far as that needs no lookup (null when it cannot yet);
 * whether it exists is for the caller to check. No positions come back when there are too many.
 */
export function positionFieldValues<P extends PositionOwnFields>(
  errors: InputErrors, input: readonly P[], counterpartyOf: (position: P, at: InputErrors) => number | null,
): CheckedPosition[] {
  if (input.length > MAX_LIST) {
    errors.add(['positions'], 'OUT_OF_RANGE', `At most ${MAX_LIST} positions are allowed (got ${input.length}).`);
    return [];
  }
  return input.map((position, index) => {
    const at = errors.under(['positions', index]);
    const counterpartyId = counterpartyOf(position, at);
    const startDate = position.startDate ?? null;
    const endDate = position.endDate ?? null;
    if (startDate && endDate && endDate < startDate) {
      at.add(['endDate'], 'OUT_OF_RANGE', `The end date ${endDate} is before the start date ${startDate}.`);
    }
    return {
      at,
      value: {
        counterpartyId,
        title: at.text(['title'], position.title, { max: TITLE_MAX }),
        role: at.text(['role'], position.role, { max: TITLE_MAX }),
        isPrimary: position.isPrimary ?? false,
        startDate,
        endDate,
      },
    };
  });
}

/** Validates positions and checks, in one batched lookup, that every counterparty exists. */
async function positionValues(ctx: Context, errors: InputErrors, input: PositionFields[]): Promise<repository.PositionInsert[]> {
  const checked = positionFieldValues(errors, input,
    (position, at) => referenceKey(at, ['counterpartyId'], position.counterpartyId, 'Counterparty') ?? null);
  const found = await Promise.all(checked.map(({ value }) => (value.counterpartyId != null ? ctx.loaders.counterparties.byId.load(value.counterpartyId) : null)));
  checked.forEach(({ at, value }, index) => {
    if (value.counterpartyId != null && !found[index]) at.add(['counterpartyId'], 'NOT_FOUND', 'No counterparty has the id given in this field.');
  });
  return checked.map(({ value }) => ({ ...value, counterpartyId: value.counterpartyId ?? 0 }));
}

/**
 * Checks and normalises the person fields given that need no lookup; omitted fields stay out of
 * the result, so the same function serves create (with `creating`, required fields must be
 * there), update and import.
 */
export function personFieldValues(input: PersonOwnFields, errors: InputErrors, creating: boolean): Partial<repository.PersonInsert> {
  const values: Partial<repository.PersonInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: 200 });
  if (creating || input.lastName !== undefined) {
    values.lastName = errors.text(['lastName'], input.lastName, { required: true, max: NAME_MAX }) ?? undefined;
  }
  if (input.firstName !== undefined) values.firstName = errors.text(['firstName'], input.firstName, { max: NAME_MAX });
  if (input.middleName !== undefined) values.middleName = errors.text(['middleName'], input.middleName, { max: NAME_MAX });
  if (input.phones !== undefined) values.phones = contacts.phones(errors, input.phones ?? []);
  if (input.emails !== undefined) values.emails = contacts.emails(errors, input.emails ?? []);
  if (input.birthday !== undefined) {
    const birthday = input.birthday ?? null;
    if (birthday && (birthday > today(EARLIEST_ZONE) || birthday < EARLIEST_BIRTHDAY)) {
      errors.add(['birthday'], 'OUT_OF_RANGE', `A birthday must be from ${EARLIEST_BIRTHDAY} to today (got ${birthday}).`);
    }
    values.birthday = birthday;
  }
  if (input.importantDates !== undefined) values.importantDates = importantDates(errors, input.importantDates ?? []);
  if (input.notes !== undefined) values.notes = errors.text(['notes'], input.notes, { max: 10_000 });
  return values;
}

/**
 * Validates the person fields given; `creating` makes the required ones required. Returns the
 * row values and, when `positions` was given, the positions that replace the old ones.
 */
async function personValues(ctx: Context, input: PersonFields, errors: InputErrors, creating: boolean) {
  const values = personFieldValues(input, errors, creating);
  const positions = input.positions === undefined ? undefined : await positionValues(ctx, errors, input.positions ?? []);
  return { values, positions };
}

/**
 * Makes this request's loaders answer with the person as just written (the payload's fields
 * read through them), and re-read its positions.
 */
function remember(ctx: Context, person: PersonRow): void {
  ctx.loaders.persons.byId.clear(person.id).prime(person.id, person);
  ctx.loaders.persons.positionsByPersonId.clear(person.id);
}

/** Writes a person in one transaction; a taken external id or a counterparty deleted meanwhile become user errors. */
const saving = payloadWriter('person', repository.uniqueFields, remember);

export async function createPerson(ctx: Context, input: PersonFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { values, positions } = await personValues(ctx, input, errors, true);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const row = await repository.insertPerson(tx, values as repository.PersonInsert);
    await repository.insertPositions(tx, row.id, positions ?? []);
    return row;
  });
}

export async function updatePerson(ctx: Context, input: PersonFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Person', ['input', 'id']);
  const errors = new InputErrors();
  const { values, positions } = await personValues(ctx, input, errors, false);
  if (errors.any) return failed(errors);
  // The version check comes first: a stale version throws and the positions stay untouched.
  return saving(ctx, errors, async (tx) => {
    const row = versionedRow(await repository.updatePerson(tx, key, input.expectedVersion, values), 'Person', input.expectedVersion);
    if (positions) await repository.replacePositions(tx, key, positions);
    return row;
  });
}

function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archive: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Person', ['input', 'id']);
  return writeArchived(ctx, key, input.expectedVersion, archive, { type: 'Person', noun: 'person', atVersion: repository.personAtVersion, update: repository.updatePerson }, saving);
}

export const archivePerson = (ctx: Context, input: { id: string; expectedVersion: number }) => setArchived(ctx, input, true);
export const restorePerson = (ctx: Context, input: { id: string; expectedVersion: number }) => setArchived(ctx, input, false);
