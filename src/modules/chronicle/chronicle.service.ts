import type { Context } from '../../context.js';
import type { Selection } from '../../lib/selection.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import { chooseColumns } from '../../db/columns.js';
import type { ChronicleEntryRow, chronicleEntries } from '../../db/schema/index.js';
import { readPage, type Connection, type PageArgs } from '../../lib/connection.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { publishChanges } from '../events/change-feed.js';
import { entryChange, type ChangeKind } from '../events/topics.js';
import * as repository from './chronicle.repository.js';
import { positionsHeld } from '../persons/persons.repository.js';
import { cardPersonsHeld } from '../contact-cards/contact-cards.repository.js';
import type { ChronicleFilter, ChronicleKind, ChronicleStatus, ContactChannel, ContactDirection } from './chronicle.repository.js';

const SUBJECT_MAX = 500;
const RESULT_MAX = 5000;
const EXTERNAL_ID_MAX = 200;
const DURATION_MAX = 100_000;

type Importance = ChronicleEntryRow['importance'];
type EntryValues = Partial<typeof chronicleEntries.$inferInsert>;

export interface ChronicleFilterInput {
  counterpartyId?: string | null;
  kinds?: ChronicleKind[] | null;
  statuses?: ChronicleStatus[] | null;
  channels?: ContactChannel[] | null;
  direction?: ContactDirection | null;
  responsibleEmployeeId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Decodes the ids of a filter argument; a bad id is a thrown BAD_USER_INPUT naming its field. */
export function readFilter(where: ChronicleFilterInput | null | undefined): ChronicleFilter {
  if (!where) return {};
  return {
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    kinds: where.kinds,
    statuses: where.statuses,
    channels: where.channels,
    direction: where.direction,
    responsibleEmployeeId: referenceKeyOrThrow(where.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    from: where.from,
    to: where.to,
  };
}

export const listEntries = (ctx: Context, where: ChronicleFilterInput | null | undefined, args: PageArgs) =>
  repository.listEntries(ctx.db, readFilter(where), args);

export const getEntry = (ctx: Context, id: string) =>
  ctx.loaders.chronicle.byId.load(requireKey(id, 'ChronicleEntry', ['id']));

/** A page of one counterparty's chronicle, read together with the other counterparties of the same level. */
export function counterpartyChronicle(
  ctx: Context,
  counterpartyId: number,
  args: PageArgs & { where?: Omit<ChronicleFilterInput, 'counterpartyId'> | null },
  /** The fields the query selects on the entries (see `selectionOf`). */
  selected: Selection,
): Promise<Connection<ChronicleEntryRow>> {
  return ctx.loaders.chronicle.byCounterpartyId.at(selected, () => ({
    page: readPage(args, repository.entryOrder),
    filter: readFilter(args.where),
    columns: chooseColumns(repository.entryColumns, selected),
  })).load(counterpartyId);
}

/** A page of a claim's chronicle, read together with the other claims of the same level. */
export function claimChronicle(
  ctx: Context, claimId: number, args: PageArgs, selected: Selection,
): Promise<Connection<ChronicleEntryRow>> {
  return ctx.loaders.chronicle.byClaimId.at(selected, () => ({
    page: readPage(args, repository.entryOrder),
    columns: chooseColumns(repository.entryColumns, selected),
  })).load(claimId);
}

/** A page of a contact card's chronicle, read together with the other cards of the same level. */
export function contactCardChronicle(
  ctx: Context, cardId: number, args: PageArgs, selected: Selection,
): Promise<Connection<ChronicleEntryRow>> {
  return ctx.loaders.chronicle.byContactCardId.at(selected, () => ({
    page: readPage(args, repository.entryOrder),
    columns: chooseColumns(repository.entryColumns, selected),
  })).load(cardId);
}

/** Whom an entry is about: a counterparty or a contact card, exactly one of them. */
export interface EntryOwner { counterpartyId: number | null; contactCardId: number | null }

/**
 * The claim an entry is about: a claim of the entry's own counterparty (a contact card has no
 * claims). Given as undefined it is left as it is; null takes the entry off its claim.
 */
async function entryClaim(ctx: Context, errors: InputErrors, claimId: string | null | undefined, owner: EntryOwner | null) {
  const key = referenceKey(errors, ['claimId'], claimId, 'Claim');
  if (key == null) return key;
  if (owner?.contactCardId != null) {
    errors.add(['claimId'], 'INVALID', 'An entry about a contact card cannot be about a claim: claims are counterparties\'.');
    return key;
  }
  const counterpartyId = owner?.counterpartyId;
  const claim = await ctx.loaders.claims.byId.load(key);
  requireFound(errors, ['claimId'], key, claim, 'claim');
  if (claim && counterpartyId != null && claim.counterpartyId !== counterpartyId) {
    errors.add(['claimId'], 'INVALID', 'This claim is another counterparty\'s; an entry is linked to a claim of its own counterparty.');
  }
  return key;
}

/** Entry fields create, update and import share (references and times aside). */
export interface EntryOwnFields {
  externalId?: string | null;
  kind?: ChronicleKind | null;
  channel?: ContactChannel | null;
  direction?: ContactDirection | null;
  importance?: Importance | null;
  remindAt?: Date | null;
  durationMinutes?: number | null;
  subject?: string | null;
  result?: string | null;
}

interface EntryFields extends EntryOwnFields {
  claimId?: string | null;
  visibleToClient?: boolean | null;
  personId?: string | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
  plannedAt?: Date | null;
  happenedAt?: Date | null;
}

function duration(errors: InputErrors, value: number | null | undefined): number | null | undefined {
  if (value != null && (value < 0 || value > DURATION_MAX)) {
    errors.add(['durationMinutes'], 'OUT_OF_RANGE', `durationMinutes must be from 0 to ${DURATION_MAX}, got ${value}.`);
    return undefined;
  }
  return value;
}

/**
 * Checks and normalises the entry's own fields given, those that need no lookup; omitted fields
 * stay out of the result, so the same function serves create (with `creating`, required fields
 * must be there), update and import.
 */
export function entryFieldValues(input: EntryOwnFields, errors: InputErrors, creating: boolean): EntryValues {
  const values: EntryValues = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.subject !== undefined) {
    values.subject = errors.text(['subject'], input.subject, { required: true, max: SUBJECT_MAX }) ?? undefined;
  }
  if (input.result !== undefined) values.result = errors.text(['result'], input.result, { max: RESULT_MAX });
  values.kind = errors.notNull(['kind'], input.kind);
  if (input.channel !== undefined) values.channel = input.channel;
  if (input.direction !== undefined) values.direction = input.direction;
  values.importance = errors.notNull(['importance'], input.importance);
  if (input.remindAt !== undefined) values.remindAt = input.remindAt;
  if (input.durationMinutes !== undefined) values.durationMinutes = duration(errors, input.durationMinutes);
  return values;
}

/** The contact person of an entry must hold, or have held, a position at the entry's counterparty. */
export function personNotAtCounterparty(errors: InputErrors, path: Path): void {
  errors.add(path, 'INVALID', 'This person holds no position, now or in the past, at the entry\'s counterparty.');
}

/** The contact person of an entry about a contact card must be one of the card's persons. */
async function checkPersonOfOwner(ctx: Context, errors: InputErrors, personId: number, owner: EntryOwner): Promise<void> {
  if (owner.counterpartyId != null) {
    const holds = await positionsHeld(ctx.db, [{ personId, counterpartyId: owner.counterpartyId }]);
    if (!holds(personId, owner.counterpartyId)) personNotAtCounterparty(errors, ['personId']);
  } else if (owner.contactCardId != null) {
    const holds = await cardPersonsHeld(ctx.db, [{ personId, contactCardId: owner.contactCardId }]);
    if (!holds(personId, owner.contactCardId)) errors.add(['personId'], 'INVALID', 'This person is not one of the contact card\'s persons.');
  }
}

/** Inactive employees keep the work they have but take no new work. */
export function checkResponsible(
  errors: InputErrors, path: Path, employee: { id: number; active: boolean }, current: Pick<ChronicleEntryRow, 'responsibleEmployeeId'> | undefined,
): void {
  if (!employee.active && employee.id !== current?.responsibleEmployeeId) {
    errors.add(path, 'INVALID_STATE', 'This employee no longer works here and cannot be made responsible.');
  }
}

/**
 * Validates the fields both create and update take. Only fields present in `input` are read;
 * creating (no `current` entry) makes the required ones required. References are checked for
 * type and existence, and the contact person must be one of the counterparty's people.
 */
export async function entryValues(
  ctx: Context, input: EntryFields, errors: InputErrors, owner: EntryOwner | null, current?: ChronicleEntryRow,
) {
  const values = entryFieldValues(input, errors, current === undefined);
  const personId = referenceKey(errors, ['personId'], input.personId, 'Person');
  const employeeId = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const sourceId = referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource');
  const [person, employee, source] = await Promise.all([
    personId == null ? null : ctx.loaders.persons.byId.load(personId),
    employeeId == null ? null : ctx.loaders.catalogues.employeeById.load(employeeId),
    sourceId == null ? null : ctx.loaders.catalogues.informationSourceById.load(sourceId),
  ]);
  requireFound(errors, ['personId'], personId, person, 'person');
  if (person && owner) await checkPersonOfOwner(ctx, errors, person.id, owner);
  requireFound(errors, ['responsibleEmployeeId'], employeeId, employee, 'employee');
  requireFound(errors, ['informationSourceId'], sourceId, source, 'information source');
  if (employee) checkResponsible(errors, ['responsibleEmployeeId'], employee, current);
  if (input.personId !== undefined) values.personId = personId ?? null;
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = employeeId ?? null;
  if (input.informationSourceId !== undefined) values.informationSourceId = sourceId ?? null;
  const claimId = await entryClaim(ctx, errors, input.claimId, owner);
  if (input.claimId !== undefined) values.claimId = claimId ?? null;
  if (input.visibleToClient != null) values.visibleToClient = input.visibleToClient;
  // The portal shows a client the chronicles of its claims only, so only those entries are shared.
  const sharedClaim = input.claimId !== undefined ? claimId : current?.claimId;
  if ((values.visibleToClient ?? current?.visibleToClient) && sharedClaim == null) {
    errors.add([input.visibleToClient ? 'visibleToClient' : 'claimId'], 'INVALID', 'Only an entry about a claim is shown to the client; name its claimId.');
  }
  return values;
}

/**
 * The time rules of a status: a planned entry says when it is planned and has not happened; a
 * done one has happened; a cancelled one never happened. A time given as undefined is one the
 * caller fills in or keeps; null is none.
 */
export function checkTimes(errors: InputErrors, status: ChronicleStatus, plannedAt: Date | null | undefined, happenedAt: Date | null | undefined) {
  if (status === 'PLANNED' && plannedAt == null) {
    errors.add(['plannedAt'], 'REQUIRED', 'plannedAt is required for a PLANNED entry.');
  }
  if (status === 'DONE' && happenedAt === null) {
    errors.add(['happenedAt'], 'REQUIRED', 'happenedAt is required for a DONE entry.');
  }
  if (status !== 'DONE' && happenedAt != null) {
    errors.add(['happenedAt'], 'INVALID', `A ${status} entry has not happened; only a DONE entry has happenedAt. Complete the entry instead.`);
  }
}

/** Writes an entry; a taken external id or a reference deleted meanwhile become user errors. */
const saving = payloadWriter('chronicleEntry', repository.uniqueFields, (ctx: Context, entry: ChronicleEntryRow) => {
  ctx.loaders.chronicle.byId.clear(entry.id).prime(entry.id, entry);
});

export interface CreateEntryInput extends EntryFields {
  counterpartyId?: string | null;
  contactCardId?: string | null;
  kind: ChronicleKind;
  subject: string;
  status?: ChronicleStatus | null;
}

/**
 * The owner an input names: a counterparty or a contact card, exactly one, existing. Null after
 * user errors on the fields at fault.
 */
async function entryOwner(ctx: Context, errors: InputErrors, input: { counterpartyId?: string | null; contactCardId?: string | null }): Promise<EntryOwner | null> {
  if ((input.counterpartyId == null) === (input.contactCardId == null)) {
    errors.add([input.counterpartyId == null ? 'counterpartyId' : 'contactCardId'], input.counterpartyId == null ? 'REQUIRED' : 'INVALID',
      'An entry is about a counterparty or a contact card: give exactly one of counterpartyId and contactCardId.');
    return null;
  }
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const contactCardId = referenceKey(errors, ['contactCardId'], input.contactCardId, 'ContactCard');
  const [counterparty, card] = await Promise.all([
    counterpartyId == null ? null : ctx.loaders.counterparties.byId.load(counterpartyId),
    contactCardId == null ? null : ctx.loaders.contactCards.byId.load(contactCardId),
  ]);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  requireFound(errors, ['contactCardId'], contactCardId, card, 'contact card');
  if (card?.convertedCounterpartyId != null) {
    errors.add(['contactCardId'], 'INVALID_STATE', 'The contact card was converted into a counterparty; its chronicle is the counterparty\'s now.');
  }
  if (errors.any) return null;
  return { counterpartyId: counterpartyId ?? null, contactCardId: contactCardId ?? null };
}

export async function createEntry(ctx: Context, input: CreateEntryInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const owner = await entryOwner(ctx, errors, input);
  const values = await entryValues(ctx, input, errors, owner);
  // The employee registering a contact is responsible for it unless the input names someone.
  if (input.responsibleEmployeeId === undefined) values.responsibleEmployeeId = ctx.viewer.employeeId;
  const status = input.status ?? 'DONE';
  checkTimes(errors, status, input.plannedAt, input.happenedAt);
  if (errors.any) return failed(errors);
  const row: typeof chronicleEntries.$inferInsert = {
    ...values,
    ...owner!,
    kind: input.kind,
    status,
    subject: values.subject!,
    plannedAt: input.plannedAt ?? null,
    happenedAt: status === 'DONE' ? input.happenedAt ?? new Date() : null,
  };
  return saving(ctx, errors, async (tx) => {
    const entry = await repository.insertEntry(tx, row);
    await publishChanges(tx, entryChange('CREATED', entry));
    return entry;
  });
}

/** The entry as it is now, at the version the client read (see rowAtVersion). */
async function currentEntry(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'ChronicleEntry', ['input', 'id']);
  return { key, row: versionedRow(await repository.entryAtVersion(ctx.db, key, expectedVersion), 'ChronicleEntry', expectedVersion) };
}

/**
 * Writes `values` guarded by the version, so the state checked above is the state changed, and
 * publishes the change as `kind` with it.
 */
async function writeVersioned(tx: Context['db'], key: number, expectedVersion: number, values: EntryValues, kind: ChangeKind) {
  const result = await repository.updateEntry(tx, key, expectedVersion, values);
  const entry = versionedRow(result, 'ChronicleEntry', expectedVersion);
  await publishChanges(tx, entryChange(kind, entry));
  return entry;
}

export async function updateEntry(ctx: Context, input: EntryFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentEntry(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = await entryValues(ctx, input, errors, { counterpartyId: row.counterpartyId, contactCardId: row.contactCardId }, row);
  if (input.plannedAt !== undefined) values.plannedAt = input.plannedAt;
  if (input.happenedAt !== undefined) values.happenedAt = input.happenedAt;
  checkTimes(
    errors,
    row.status,
    input.plannedAt !== undefined ? input.plannedAt : row.plannedAt,
    input.happenedAt !== undefined ? input.happenedAt : undefined,
  );
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => writeVersioned(tx, key, input.expectedVersion, values, 'UPDATED'));
}

/** Only a PLANNED entry changes its status (to DONE or CANCELLED); `path` is the field at fault. */
export function requirePlanned(errors: InputErrors, row: Pick<ChronicleEntryRow, 'status'>, action: string, path: Path = ['id']) {
  if (row.status !== 'PLANNED') {
    errors.add(path, 'INVALID_STATE', `Only a PLANNED entry can be ${action}; this one is ${row.status}.`);
  }
}

export async function completeEntry(
  ctx: Context,
  input: { id: string; expectedVersion: number; happenedAt?: Date | null; result?: string | null; durationMinutes?: number | null },
) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentEntry(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  requirePlanned(errors, row, 'completed');
  const values: EntryValues = { status: 'DONE', happenedAt: input.happenedAt ?? new Date() };
  if (input.result !== undefined) values.result = errors.text(['result'], input.result, { max: RESULT_MAX });
  if (input.durationMinutes !== undefined) values.durationMinutes = duration(errors, input.durationMinutes);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => writeVersioned(tx, key, input.expectedVersion, values, 'STATUS_CHANGED'));
}

export async function cancelEntry(ctx: Context, input: { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentEntry(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  requirePlanned(errors, row, 'cancelled');
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => writeVersioned(tx, key, input.expectedVersion, { status: 'CANCELLED' }, 'STATUS_CHANGED'));
}
