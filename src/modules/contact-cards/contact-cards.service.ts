import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { ChronicleEntryRow, ContactCardInsert, ContactCardRow, CounterpartyInsert, CounterpartyRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import * as details from '../../lib/contact-details.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { searchTerm } from '../../lib/search-term.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow, writeArchived, writeInTransaction } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import { insertEntry, moveCardEntries } from '../chronicle/chronicle.repository.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import * as dealsRepository from '../deals/deals.repository.js';
import { counterpartyFieldValues } from '../counterparties/counterparties.service.js';
import { folderTreeService } from '../folders/folders.service.js';
import { insertPerson, type PersonInsert } from '../persons/persons.repository.js';
import { personFieldValues, type PersonOwnFields } from '../persons/persons.service.js';
import * as repository from './contact-cards.repository.js';

const NAME_MAX = 300;
const TAX_NUMBER_MAX = 50;
const INTEREST_MAX = 5000;
const NOTES_MAX = 10_000;
const EXTERNAL_ID_MAX = 200;
const TITLE_MAX = 200;
const SUBJECT_MAX = 500;
const RESULT_MAX = 5000;
const DURATION_MAX = 100_000;

/** The groups contact cards are filed in, a folder tree. */
export const contactCardGroups = folderTreeService({
  type: 'ContactCardGroup', folder: 'contact card group', members: 'contact cards',
  repository: repository.groups, loaders: (ctx) => ctx.loaders.contactCards.groups,
});

// ---- Reading ----

export interface ContactCardFilterInput {
  search?: string | null;
  groupId?: string | null;
  includeSubgroups?: boolean | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
  converted?: boolean | null;
  archived?: boolean | null;
  hasDuplicates?: boolean | null;
}

function readFilter(where: ContactCardFilterInput | null | undefined): repository.ContactCardFilter {
  return {
    search: searchTerm(where?.search),
    groupId: referenceKeyOrThrow(where?.groupId, 'ContactCardGroup', ['where', 'groupId']),
    includeSubgroups: where?.includeSubgroups,
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    informationSourceId: referenceKeyOrThrow(where?.informationSourceId, 'InformationSource', ['where', 'informationSourceId']),
    converted: where?.converted,
    archived: where?.archived,
    hasDuplicates: where?.hasDuplicates,
  };
}

export const listContactCards = (ctx: Context, where: ContactCardFilterInput | null | undefined, args: PageArgs) =>
  repository.listCards(ctx.db, readFilter(where), args);

export const getContactCard = (ctx: Context, id: string) => ctx.loaders.contactCards.byId.load(requireKey(id, 'ContactCard', ['id']));

export const cardDuplicates = (ctx: Context, cardId: number) => ctx.loaders.contactCards.duplicatesByCardId.load(cardId);

// ---- Cards ----

/** A card's own fields, references aside: what create, update and the importer share. */
export interface CardFields {
  externalId?: string | null;
  name?: string | null;
  companyName?: string | null;
  taxNumber?: string | null;
  phones?: details.PhoneInput[] | null;
  emails?: details.EmailInput[] | null;
  interest?: string | null;
  notes?: string | null;
}

/** Checks and normalises the own fields given; omitted ones stay out of the result. */
export function cardFieldValues(errors: InputErrors, input: CardFields): Partial<ContactCardInsert> {
  const values: Partial<ContactCardInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { max: NAME_MAX });
  if (input.companyName !== undefined) values.companyName = errors.text(['companyName'], input.companyName, { max: NAME_MAX });
  if (input.taxNumber !== undefined) values.taxNumber = errors.text(['taxNumber'], input.taxNumber, { max: TAX_NUMBER_MAX });
  if (input.phones !== undefined) values.phones = details.phones(errors, input.phones ?? []);
  if (input.emails !== undefined) values.emails = details.emails(errors, input.emails ?? []);
  if (input.interest !== undefined) values.interest = errors.text(['interest'], input.interest, { max: INTEREST_MAX });
  if (input.notes !== undefined) values.notes = errors.text(['notes'], input.notes, { max: NOTES_MAX });
  return values;
}

/** The one rule of a card as it will be: it has a name or a phone, so someone can be called back. */
export function checkCard(errors: InputErrors, card: Pick<ContactCardInsert, 'name' | 'phones'>, field: Path = ['name']): void {
  if (!card.name && (card.phones ?? []).length === 0) {
    errors.add(field, 'REQUIRED', 'A contact card needs a name or a phone.');
  }
}

interface CardReferences {
  informationSourceId?: string | null;
  responsibleEmployeeId?: string | null;
  groupId?: string | null;
}

/** Reads the references a card names, each given but missing NOT_FOUND on its field; answers the values to write. */
async function cardReferences(ctx: Context, errors: InputErrors, input: CardReferences): Promise<Partial<ContactCardInsert>> {
  const sourceId = referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource');
  const employeeId = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'ContactCardGroup');
  const [source, employee, group] = await Promise.all([
    sourceId == null ? null : ctx.loaders.catalogues.informationSourceById.load(sourceId),
    employeeId == null ? null : ctx.loaders.catalogues.employeeById.load(employeeId),
    groupId == null ? null : ctx.loaders.contactCards.groups.byId.load(groupId),
  ]);
  requireFound(errors, ['informationSourceId'], sourceId, source, 'information source');
  requireFound(errors, ['responsibleEmployeeId'], employeeId, employee, 'employee');
  requireFound(errors, ['groupId'], groupId, group, 'contact card group');
  if (employee && !employee.active) errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be given leads.');
  const values: Partial<ContactCardInsert> = {};
  if (input.informationSourceId !== undefined) values.informationSourceId = sourceId ?? null;
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = employeeId ?? null;
  if (input.groupId !== undefined) values.groupId = groupId ?? null;
  return values;
}

const rememberCard = (ctx: Context, card: ContactCardRow) => {
  ctx.loaders.contactCards.byId.clear(card.id).prime(card.id, card);
  ctx.loaders.contactCards.duplicatesByCardId.clear(card.id);
  ctx.loaders.contactCards.personsByCardId.clear(card.id);
};

/** Writes a card (and what goes with it) in one transaction. */
const saveCard = payloadWriter('contactCard', repository.uniqueFields, rememberCard);

/** Writes a person's link to a card; a person already on the card is a DUPLICATE on `personId`. */
const savePersonLink = payloadWriter('contactCard', repository.personUniqueFields, rememberCard);

/** A new person of a card, checked under `path`; null when none is given. */
function newPerson(errors: InputErrors, path: Path, input: PersonOwnFields | null | undefined): PersonInsert | null {
  if (!input) return null;
  return personFieldValues(input, errors.under(path), true) as PersonInsert;
}

export interface CreateContactCardInput extends CardFields, CardReferences {
  person?: PersonOwnFields | null;
  personTitle?: string | null;
}

export async function createContactCard(ctx: Context, input: CreateContactCardInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = cardFieldValues(errors, input);
  Object.assign(values, await cardReferences(ctx, errors, input));
  if (input.responsibleEmployeeId === undefined) values.responsibleEmployeeId = ctx.viewer.employeeId;
  const person = newPerson(errors, ['person'], input.person);
  const title = errors.text(['personTitle'], input.personTitle, { max: TITLE_MAX });
  if (title && !person) errors.add(['personTitle'], 'INVALID', 'personTitle is the title of the person given in `person`.');
  if (!errors.any) checkCard(errors, values);
  if (errors.any) return failed(errors);
  return saveCard(ctx, errors, async (tx) => {
    const card = await repository.insertCard(tx, values);
    if (person) {
      const row = await insertPerson(tx, person);
      await repository.insertCardPerson(tx, { contactCardId: card.id, personId: row.id, title, isPrimary: true });
    }
    return card;
  });
}

/** The card as it is now, at the version the client read, refused when it was converted. */
async function currentCard(ctx: Context, errors: InputErrors, id: string, expectedVersion: number, action: string) {
  const key = requireKey(id, 'ContactCard', ['input', 'id']);
  const row = versionedRow(await repository.cardAtVersion(ctx.db, key, expectedVersion), 'ContactCard', expectedVersion);
  if (row.convertedCounterpartyId !== null) {
    errors.add(['id'], 'INVALID_STATE', `The contact card was converted into a counterparty and cannot be ${action}.`);
  }
  return { key, row };
}

export async function updateContactCard(ctx: Context, input: CardFields & CardReferences & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key, row } = await currentCard(ctx, errors, input.id, input.expectedVersion, 'changed');
  const values = cardFieldValues(errors, input);
  Object.assign(values, await cardReferences(ctx, errors, input));
  if (!errors.any) checkCard(errors, { ...row, ...values }, input.name !== undefined || input.phones == null ? ['name'] : ['phones']);
  if (errors.any) return failed(errors);
  return saveCard(ctx, errors, async (tx) =>
    versionedRow(await repository.updateCard(tx, key, input.expectedVersion, values), 'ContactCard', input.expectedVersion));
}

export function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archive: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ContactCard', ['input', 'id']);
  return writeArchived(ctx, key, input.expectedVersion, archive, {
    type: 'ContactCard', noun: 'contact card', atVersion: repository.cardAtVersion, update: repository.updateCard,
  }, saveCard);
}

/** A card that takes changes of its persons or chronicle: existing and not converted. */
async function openCard(ctx: Context, errors: InputErrors, path: Path, id: string | null | undefined): Promise<ContactCardRow | null> {
  const key = referenceKey(errors, path, id, 'ContactCard');
  const card = key == null ? null : await ctx.loaders.contactCards.byId.load(key);
  requireFound(errors, path, key, card, 'contact card');
  if (card?.convertedCounterpartyId != null) {
    errors.add(path, 'INVALID_STATE', 'The contact card was converted into a counterparty; its persons and chronicle are the counterparty\'s now.');
  }
  return card;
}

export async function addContactCardPerson(ctx: Context, input: {
  contactCardId: string; personId?: string | null; person?: PersonOwnFields | null; title?: string | null; role?: string | null; isPrimary?: boolean | null;
}) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const card = await openCard(ctx, errors, ['contactCardId'], input.contactCardId);
  if ((input.personId == null) === (input.person == null)) {
    errors.add(['personId'], input.personId == null ? 'REQUIRED' : 'INVALID', 'Give exactly one of personId (an existing person) and person (a new one).');
  }
  const personId = referenceKey(errors, ['personId'], input.personId, 'Person');
  const existing = personId == null ? null : await ctx.loaders.persons.byId.load(personId);
  requireFound(errors, ['personId'], personId, existing, 'person');
  const person = newPerson(errors, ['person'], input.person);
  const title = errors.text(['title'], input.title, { max: TITLE_MAX });
  const role = errors.text(['role'], input.role, { max: TITLE_MAX });
  if (errors.any) return failed(errors);
  return savePersonLink(ctx, errors, async (tx) => {
    const id = existing?.id ?? (await insertPerson(tx, person!)).id;
    await repository.insertCardPerson(tx, { contactCardId: card!.id, personId: id, title, role, isPrimary: input.isPrimary ?? false });
    return card;
  });
}

export async function removeContactCardPerson(ctx: Context, input: { contactCardId: string; personId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const card = await openCard(ctx, errors, ['contactCardId'], input.contactCardId);
  const personId = referenceKey(errors, ['personId'], input.personId, 'Person');
  if (errors.any) return failed(errors);
  return saveCard(ctx, errors, async (tx) => {
    if (!(await repository.deleteCardPerson(tx, card!.id, personId!))) {
      errors.add(['personId'], 'NOT_FOUND', 'This person is not one of the card\'s persons.');
      return null;
    }
    return card;
  });
}

// ---- Conversion ----

export interface ConvertContactCardInput {
  id: string;
  expectedVersion: number;
  counterpartyId?: string | null;
  kind?: CounterpartyRow['kind'] | null;
  name?: string | null;
  roles?: CounterpartyRow['roles'] | null;
  groupId?: string | null;
  externalId?: string | null;
}

/** The fields of a new counterparty made from `card`, with what the input adds, checked as createCounterparty checks them. */
async function counterpartyFromCard(ctx: Context, errors: InputErrors, card: ContactCardRow, input: ConvertContactCardInput): Promise<CounterpartyInsert> {
  const notes = [card.interest && `Interest: ${card.interest}`, card.notes].filter(Boolean).join('\n\n') || null;
  const values = counterpartyFieldValues({
    externalId: input.externalId,
    kind: input.kind ?? (card.companyName ? 'ORGANIZATION' : 'INDIVIDUAL'),
    roles: input.roles ?? ['PROSPECT'],
    name: input.name !== undefined ? input.name : card.companyName ?? card.name ?? card.phones[0]?.number,
    taxNumber: card.taxNumber,
    phones: card.phones,
    emails: card.emails,
    notes: notes?.slice(0, NOTES_MAX),
  }, errors, true);
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'CounterpartyGroup');
  const group = groupId == null ? null : await ctx.loaders.counterparties.groups.byId.load(groupId);
  requireFound(errors, ['groupId'], groupId, group, 'counterparty group');
  return {
    ...values, groupId: groupId ?? null, informationSourceId: card.informationSourceId, responsibleEmployeeId: card.responsibleEmployeeId,
  } as CounterpartyInsert;
}

/** The fields that describe a new counterparty, which attaching to an existing one does not take. */
const NEW_COUNTERPARTY_FIELDS = ['kind', 'name', 'roles', 'groupId', 'externalId'] as const;

/**
 * Converts a card into a new counterparty or attaches it to an existing one, in one transaction:
 * the counterparty, the card's persons as its positions, the card's chronicle as its own, then
 * the card marked converted under its version, which a second conversion (or any change made
 * meanwhile) no longer finds: it rolls back whole.
 */
export async function convertContactCard(ctx: Context, input: ConvertContactCardInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key, row } = await currentCard(ctx, errors, input.id, input.expectedVersion, 'converted again');
  let existing: CounterpartyRow | null = null;
  let values: CounterpartyInsert | null = null;
  if (input.counterpartyId != null) {
    for (const field of NEW_COUNTERPARTY_FIELDS) {
      if (input[field] != null) errors.add([field], 'INVALID', `${field} describes a new counterparty; a card attached to an existing one (counterpartyId) takes none.`);
    }
    const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
    existing = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
    requireFound(errors, ['counterpartyId'], counterpartyId, existing, 'counterparty');
    if (existing?.archivedAt) errors.add(['counterpartyId'], 'INVALID_STATE', 'The counterparty is archived; restore it before attaching a card to it.');
  } else if (!errors.any) {
    values = await counterpartyFromCard(ctx, errors, row, input);
  }
  if (errors.any) return { contactCard: null, counterparty: null, ...failed(errors) };
  const written = await writeInTransaction(ctx.db, errors, counterpartiesRepository.uniqueFields, async (tx) => {
    const counterparty = existing ?? await counterpartiesRepository.insert(tx, values!);
    await repository.movePersonsToCounterparty(tx, key, counterparty.id);
    await moveCardEntries(tx, key, counterparty.id);
    await dealsRepository.moveDealsToCounterparty(tx, key, counterparty.id);
    const card = versionedRow(await repository.updateCard(tx, key, input.expectedVersion, {
      convertedCounterpartyId: counterparty.id, convertedAt: new Date(),
    }), 'ContactCard', input.expectedVersion);
    return { card, counterparty };
  });
  if (!written) return { contactCard: null, counterparty: null, ...failed(errors) };
  rememberCard(ctx, written.card);
  ctx.loaders.counterparties.byId.clear(written.counterparty.id).prime(written.counterparty.id, written.counterparty);
  ctx.loaders.contactCards.byCounterpartyId.clear(written.counterparty.id);
  ctx.loaders.deals.byCounterpartyId.clear(written.counterparty.id);
  ctx.loaders.deals.byContactCardId.clear(key);
  return { contactCard: written.card, counterparty: written.counterparty, userErrors: [] };
}

// ---- The call log ----

export interface RegisterCallInput {
  informationSourceId?: string | null;
  direction?: 'INCOMING' | 'OUTGOING' | null;
  callerName?: string | null;
  callerPhone?: string | null;
  contactCardId?: string | null;
  counterpartyId?: string | null;
  subject?: string | null;
  result?: string | null;
  happenedAt?: Date | null;
  durationMinutes?: number | null;
}

/**
 * Registers a call as a done CALL entry of the chronicle of the card or counterparty named, or of
 * a new card made from the caller: the card, when new, and the entry in one transaction.
 */
export async function registerCall(ctx: Context, input: RegisterCallInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const direction = input.direction ?? 'INCOMING';
  const sourceId = referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource');
  const source = sourceId == null ? null : await ctx.loaders.catalogues.informationSourceById.load(sourceId);
  requireFound(errors, ['informationSourceId'], sourceId, source, 'information source');
  const callerName = errors.text(['callerName'], input.callerName, { max: NAME_MAX });
  const callerPhone = details.phoneNumber(errors, ['callerPhone'], input.callerPhone);
  if (input.contactCardId != null && input.counterpartyId != null) {
    errors.add(['contactCardId'], 'INVALID', 'A call is about a contact card or a counterparty, not both.');
  }
  const card = input.contactCardId == null ? null : await openCard(ctx, errors, ['contactCardId'], input.contactCardId);
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const newCard = input.contactCardId == null && input.counterpartyId == null;
  if (newCard && !callerName && !callerPhone && !errors.any) {
    errors.add(['callerName'], 'REQUIRED', 'With neither contactCardId nor counterpartyId the call makes a new contact card: give callerName or callerPhone.');
  }
  const caller = callerName ?? callerPhone ?? card?.name ?? counterparty?.name ?? 'the caller';
  const subject = errors.text(['subject'], input.subject, { max: SUBJECT_MAX }) ?? `${direction === 'INCOMING' ? 'Call from' : 'Call to'} ${caller}`.slice(0, SUBJECT_MAX);
  const result = errors.text(['result'], input.result, { max: RESULT_MAX });
  const happenedAt = input.happenedAt ?? new Date();
  if (happenedAt.getTime() > Date.now()) errors.add(['happenedAt'], 'OUT_OF_RANGE', 'A call registered has happened: happenedAt cannot be in the future.');
  const duration = input.durationMinutes;
  if (duration != null && (duration < 0 || duration > DURATION_MAX)) {
    errors.add(['durationMinutes'], 'OUT_OF_RANGE', `durationMinutes must be from 0 to ${DURATION_MAX}, got ${duration}.`);
  }
  if (errors.any) return { chronicleEntry: null, contactCard: null, ...failed(errors) };
  const written = await writeInTransaction(ctx.db, errors, repository.uniqueFields, async (tx: Database) => {
    const owner = newCard
      ? await repository.insertCard(tx, {
        name: callerName, phones: callerPhone ? [{ kind: 'WORK', number: callerPhone, extension: null, note: null }] : [],
        informationSourceId: sourceId ?? null, responsibleEmployeeId: ctx.viewer.employeeId,
      })
      : card;
    const entry: ChronicleEntryRow = await insertEntry(tx, {
      counterpartyId: counterpartyId ?? null, contactCardId: owner?.id ?? null,
      kind: 'CALL', status: 'DONE', channel: 'PHONE', direction, happenedAt, informationSourceId: sourceId ?? null,
      responsibleEmployeeId: ctx.viewer.employeeId, subject, result, durationMinutes: duration ?? null,
    });
    return { entry, card: owner };
  });
  if (!written) return { chronicleEntry: null, contactCard: null, ...failed(errors) };
  ctx.loaders.chronicle.byId.clear(written.entry.id).prime(written.entry.id, written.entry);
  if (written.card) rememberCard(ctx, written.card);
  return { chronicleEntry: written.entry, contactCard: written.card, userErrors: [] };
}

export const callLog = (ctx: Context, args: { from: string; to: string; direction?: 'INCOMING' | 'OUTGOING' | null; timeZone?: string | null }) =>
  repository.callLog(ctx.db, zonedPeriod(args), args.direction ?? null);
