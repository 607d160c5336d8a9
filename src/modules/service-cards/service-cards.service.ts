import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import type { ServiceCardRow, ServiceVisitRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { notFound, staleVersion } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow, writeArchived } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import * as chronicleRepository from '../chronicle/chronicle.repository.js';
import { checkMinutes, writeWorkTime } from '../work-time/work-time.service.js';
import { publishChanges } from '../events/change-feed.js';
import { entryChange } from '../events/topics.js';
import * as repository from './service-cards.repository.js';
import type { ServiceCardFilter, ServiceCardInsert, ServiceCardStatus, ServiceVisitStatus } from './service-cards.repository.js';
import { planVisits, scheduleRuleErrors, type Periodicity, type ScheduleRules } from './schedule.js';

const NUMBER_MAX = 100;
const EXTERNAL_ID_MAX = 200;
const NOTES_MAX = 10_000;
const RESULT_MAX = 5000;
const DEFAULT_WORKING_WEEKDAYS = [1, 2, 3, 4, 5];

export interface ServiceCardFilterInput {
  counterpartyId?: string | null;
  contractId?: string | null;
  engineerId?: string | null;
  groupId?: string | null;
  includeSubgroups?: boolean | null;
  statuses?: ServiceCardStatus[] | null;
  archived?: boolean | null;
}

function readFilter(where: ServiceCardFilterInput | null | undefined): ServiceCardFilter {
  if (!where) return { archived: false };
  return {
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    contractId: referenceKeyOrThrow(where.contractId, 'Contract', ['where', 'contractId']),
    engineerId: referenceKeyOrThrow(where.engineerId, 'Employee', ['where', 'engineerId']),
    groupId: referenceKeyOrThrow(where.groupId, 'ServiceCardGroup', ['where', 'groupId']),
    includeSubgroups: where.includeSubgroups,
    statuses: where.statuses,
    archived: where.archived,
  };
}

export const listCards = (ctx: Context, where: ServiceCardFilterInput | null | undefined, args: PageArgs) =>
  repository.listCards(ctx.db, readFilter(where), args);

export const getCard = (ctx: Context, id: string) =>
  ctx.loaders.serviceCards.byId.load(requireKey(id, 'ServiceCard', ['id']));

/** A card's schedule, of the given statuses when asked. */
export async function cardVisits(ctx: Context, card: ServiceCardRow, statuses: ServiceVisitStatus[] | null | undefined) {
  const visits = await ctx.loaders.serviceCards.visitsByCardId.load(card.id);
  return statuses ? visits.filter((visit) => statuses.includes(visit.status)) : visits;
}

const rememberCard = (ctx: Context, card: ServiceCardRow) => {
  ctx.loaders.serviceCards.byId.clear(card.id).prime(card.id, card);
  ctx.loaders.serviceCards.visitsByCardId.clear(card.id);
  ctx.loaders.serviceCards.byCounterpartyId.clear(card.counterpartyId);
};

/** Writes a card in one transaction; a taken number or external id becomes a user error. */
const saveCard = payloadWriter('serviceCard', repository.uniqueFields, rememberCard);

const saveVisit = payloadWriter('serviceVisit', repository.uniqueFields, (ctx: Context, visit: ServiceVisitRow) => {
  ctx.loaders.serviceCards.visitById.clear(visit.id).prime(visit.id, visit);
  ctx.loaders.serviceCards.visitsByCardId.clear(visit.cardId);
});

interface WorkModeInput { workingWeekdays: number[]; holidays?: string[] | null }

export interface ServiceCardFields {
  externalId?: string | null;
  number?: string | null;
  objectId?: string | null;
  contractId?: string | null;
  groupId?: string | null;
  engineerId?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  periodicity?: Periodicity | null;
  interval?: number | null;
  workMode?: WorkModeInput | null;
  plannedContacts?: number | null;
  status?: ServiceCardStatus | null;
  notes?: string | null;
}

/** The references a card names, read together; each one given but missing or not the counterparty's is an error on its field. */
async function checkReferences(ctx: Context, errors: InputErrors, input: ServiceCardFields, counterpartyId: number | null) {
  const objectId = referenceKey(errors, ['objectId'], input.objectId, 'CounterpartyObject');
  const contractId = referenceKey(errors, ['contractId'], input.contractId, 'Contract');
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'ServiceCardGroup');
  const engineerId = referenceKey(errors, ['engineerId'], input.engineerId, 'Employee');
  const [object, contract, group, engineer] = await Promise.all([
    objectId != null ? ctx.loaders.counterparties.objectById.load(objectId) : null,
    contractId != null ? ctx.loaders.contracts.byId.load(contractId) : null,
    groupId != null ? ctx.loaders.serviceCards.groups.byId.load(groupId) : null,
    engineerId != null ? ctx.loaders.catalogues.employeeById.load(engineerId) : null,
  ]);
  requireFound(errors, ['objectId'], objectId, object, 'object');
  requireFound(errors, ['contractId'], contractId, contract, 'contract');
  requireFound(errors, ['groupId'], groupId, group, 'folder of the service journal');
  requireFound(errors, ['engineerId'], engineerId, engineer, 'employee');
  if (object && counterpartyId !== null && object.counterpartyId !== counterpartyId) {
    errors.add(['objectId'], 'INVALID', 'The object belongs to another counterparty.');
  }
  if (contract && counterpartyId !== null && contract.counterpartyId !== counterpartyId) {
    errors.add(['contractId'], 'INVALID', 'The contract is with another counterparty.');
  }
  if (engineer && !engineer.active) errors.add(['engineerId'], 'INVALID_STATE', 'This employee is inactive and cannot be assigned service cards.');
  return { objectId, contractId, groupId, engineerId };
}

/** The card's own fields checked, references aside: what createServiceCard, updateServiceCard and the importer share. */
export function cardFieldValues(errors: InputErrors, input: ServiceCardFields, creating: boolean): Partial<ServiceCardInsert> {
  const values: Partial<ServiceCardInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.number !== undefined) values.number = errors.text(['number'], input.number, { required: true, max: NUMBER_MAX }) ?? undefined;
  if (input.notes !== undefined) values.notes = errors.text(['notes'], input.notes, { max: NOTES_MAX });
  if (input.periodStart !== undefined) values.periodStart = input.periodStart;
  if (input.periodEnd !== undefined) values.periodEnd = input.periodEnd;
  values.periodicity = errors.notNull(['periodicity'], input.periodicity);
  values.status = errors.notNull(['status'], input.status);
  if (input.interval !== undefined) values.interval = input.interval;
  if (input.plannedContacts !== undefined) values.plannedContacts = input.plannedContacts;
  const workMode = errors.notNull(['workMode'], input.workMode);
  if (workMode) {
    values.workingWeekdays = [...workMode.workingWeekdays].sort((a, b) => a - b);
    values.holidays = [...new Set(workMode.holidays ?? [])].sort();
  }
  return values;
}

/**
 * The schedule rules a card will hold once `values` are written over `current` (the stored card,
 * none for a new one), checked as a whole: each error on its input field.
 */
export function checkCardRules(errors: InputErrors, values: Partial<ServiceCardInsert>, current?: ServiceCardRow) {
  checkRules(errors, {
    periodStart: pick(values, current, 'periodStart', null),
    periodEnd: pick(values, current, 'periodEnd', null),
    periodicity: pick(values, current, 'periodicity', 'MONTHLY'),
    interval: pick(values, current, 'interval', null),
    workingWeekdays: pick(values, current, 'workingWeekdays', DEFAULT_WORKING_WEEKDAYS),
    holidays: pick(values, current, 'holidays', []),
    plannedContacts: pick(values, current, 'plannedContacts', null),
  });
}

/** Validates card fields and references (`current` the stored card on update). */
async function cardValues(
  ctx: Context, errors: InputErrors, input: ServiceCardFields, counterpartyId: number | null, current?: ServiceCardRow,
): Promise<Partial<ServiceCardInsert>> {
  const values = cardFieldValues(errors, input, !current);
  const refs = await checkReferences(ctx, errors, input, counterpartyId);
  if (input.objectId !== undefined) values.objectId = refs.objectId ?? null;
  if (input.contractId !== undefined) values.contractId = refs.contractId ?? null;
  if (input.groupId !== undefined) values.groupId = refs.groupId ?? null;
  if (input.engineerId !== undefined) values.engineerId = refs.engineerId ?? null;
  checkCardRules(errors, values, current);
  return values;
}

/** The value a card will hold: the one being written, else the stored one, else the default. */
function pick<K extends keyof ServiceCardRow>(values: Partial<ServiceCardInsert>, current: ServiceCardRow | undefined, key: K, fallback: ServiceCardRow[K]): ServiceCardRow[K] {
  const given = (values as Partial<ServiceCardRow>)[key];
  if (given !== undefined) return given as ServiceCardRow[K];
  return current ? current[key] : fallback;
}

type CardRules = Pick<ServiceCardRow, 'periodStart' | 'periodEnd' | 'periodicity' | 'interval' | 'workingWeekdays' | 'holidays' | 'plannedContacts'>;

function scheduleRules(card: CardRules): ScheduleRules {
  return {
    periodStart: card.periodStart ?? '',
    periodEnd: card.periodEnd ?? '',
    periodicity: card.periodicity,
    interval: card.interval,
    workMode: { workingWeekdays: card.workingWeekdays, holidays: card.holidays },
    plannedContacts: card.plannedContacts,
  };
}

/** The card's rules as `scheduleRuleErrors` judges them, each error on its input field; an interval only where the periodicity takes one. */
function checkRules(errors: InputErrors, card: CardRules) {
  const everyN = card.periodicity.startsWith('EVERY_N_');
  if (!everyN && card.interval !== null) errors.add(['interval'], 'INVALID', `A ${card.periodicity} card takes no interval; only the EVERY_N_* periodicities do.`);
  const rules = scheduleRules(card);
  // A period is only checked when both ends are there: a card may be registered before its period is agreed.
  if (card.periodStart === null || card.periodEnd === null) rules.periodEnd = rules.periodStart = '2000-01-01';
  if (everyN && card.interval === null) errors.add(['interval'], 'REQUIRED', `A ${card.periodicity} card needs an interval: the N of its periodicity.`);
  for (const [field, message] of scheduleRuleErrors(rules)) {
    if (field === 'interval' && (!everyN || card.interval === null)) continue;
    const code = field === 'periodEnd' || field === 'interval' || field === 'plannedContacts' ? 'OUT_OF_RANGE' : 'INVALID';
    errors.add(field.split('.'), code, message);
  }
}

export async function createCard(ctx: Context, input: ServiceCardFields & { counterpartyId: string; number: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const values = await cardValues(ctx, errors, input, counterpartyId ?? null);
  if (errors.any) return failed(errors);
  return saveCard(ctx, errors, (tx) => repository.insertCard(tx, { ...values, counterpartyId: counterpartyId!, number: values.number! }));
}

export async function updateCard(ctx: Context, input: ServiceCardFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ServiceCard', ['input', 'id']);
  const current = versionedRow(await repository.cardAtVersion(ctx.db, key, input.expectedVersion), 'ServiceCard', input.expectedVersion);
  const errors = new InputErrors();
  const values = await cardValues(ctx, errors, input, current.counterpartyId, current);
  if (errors.any) return failed(errors);
  return saveCard(ctx, errors, async (tx) =>
    versionedRow(await repository.updateCard(tx, key, input.expectedVersion, values), 'ServiceCard', input.expectedVersion));
}

export function setCardArchived(ctx: Context, input: { id: string; expectedVersion: number }, archive: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ServiceCard', ['input', 'id']);
  return writeArchived(ctx, key, input.expectedVersion, archive,
    { type: 'ServiceCard', noun: 'service card', atVersion: repository.cardAtVersion, update: repository.updateCard }, saveCard);
}

/**
 * The visits of a schedule that were contacts: done or missed. A re-generation keeps them (and
 * cancelled ones, which hold no date), counts them toward the planned contacts and plans after
 * the last of them; it replaces the generated visits still planned.
 */
const contactsOf = (visits: ServiceVisitRow[]) => visits.filter((visit) => visit.status === 'DONE' || visit.status === 'MISSED');

/**
 * Writes the card's plan of visits (see the mutation's description). Under the card's row lock,
 * so two generations at once take turns and leave one plan.
 */
export async function generateSchedule(ctx: Context, input: { cardId: string; expectedVersion?: number | null }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.cardId, 'ServiceCard', ['input', 'cardId']);
  const errors = new InputErrors();
  return saveCard(ctx, errors, async (tx) => {
    const card = await repository.lockedCard(tx, key);
    if (!card) throw notFound('ServiceCard', ['input', 'cardId']);
    if (input.expectedVersion != null && card.version !== input.expectedVersion) throw staleVersion('ServiceCard', input.expectedVersion, card.version);
    if (card.periodStart === null || card.periodEnd === null) {
      errors.add(['cardId'], 'INVALID_STATE', 'The card has no service period: set periodStart and periodEnd first.');
    }
    if (card.contractId === null) {
      errors.add(['cardId'], 'INVALID_STATE', 'The card names no contract; its specification must hold a product of type SERVICE.');
    } else if (!(await repository.contractHasService(tx, card.contractId))) {
      errors.add(['cardId'], 'INVALID_STATE', "The card's contract has no product of type SERVICE in its specification.");
    }
    const visits = await repository.visitsOfCard(tx, key);
    if (visits.some((visit) => visit.origin === 'MANUAL')) {
      errors.add(['cardId'], 'INVALID_STATE', 'The schedule holds a visit added by hand; a schedule is generated only when it has none.');
    }
    if (errors.any) return null;
    const contacts = contactsOf(visits).map((visit) => visit.plannedDate).sort();
    const lastContact = contacts.at(-1);
    const dates = planVisits({
      ...scheduleRules(card),
      kept: contacts,
      notBefore: lastContact === undefined ? null : DateTime.fromISO(lastContact, { zone: 'utc' }).plus({ days: 1 }).toISODate(),
    });
    await repository.deletePlannedGeneratedVisits(tx, key);
    await repository.insertVisits(tx, dates.map((plannedDate) => ({
      cardId: key, plannedDate, engineerId: card.engineerId, status: 'PLANNED' as const, origin: 'GENERATED' as const,
    })));
    // The card's version marks its schedule changed, so a client holding the old one finds out.
    return versionedRow(await repository.updateCard(tx, key, card.version, {}), 'ServiceCard', card.version);
  });
}

export async function addVisit(ctx: Context, input: { cardId: string; plannedDate: string; engineerId?: string | null; remindAt?: Date | null }) {
  requireWriter(ctx.viewer);
  const cardId = requireKey(input.cardId, 'ServiceCard', ['input', 'cardId']);
  const errors = new InputErrors();
  const engineerId = referenceKey(errors, ['engineerId'], input.engineerId, 'Employee');
  const engineer = engineerId != null ? await ctx.loaders.catalogues.employeeById.load(engineerId) : null;
  requireFound(errors, ['engineerId'], engineerId, engineer, 'employee');
  if (errors.any) return failed(errors);
  return saveVisit(ctx, errors, async (tx) => {
    // The card's lock orders this visit with a generation of the same schedule.
    const card = await repository.lockedCard(tx, cardId);
    if (!card) throw notFound('ServiceCard', ['input', 'cardId']);
    if (card.archivedAt !== null) errors.add(['cardId'], 'INVALID_STATE', 'The card is archived; restore it first.');
    if ((card.periodStart !== null && input.plannedDate < card.periodStart) || (card.periodEnd !== null && input.plannedDate > card.periodEnd)) {
      errors.add(['plannedDate'], 'OUT_OF_RANGE', `The date is outside the card's service period ${card.periodStart} – ${card.periodEnd}.`);
    }
    if (errors.any) return null;
    return repository.insertVisit(tx, {
      cardId, plannedDate: input.plannedDate, engineerId: engineerId ?? card.engineerId, status: 'PLANNED', origin: 'MANUAL', remindAt: input.remindAt ?? null,
    });
  });
}

/** Sets or clears the reminder of a PLANNED visit (the reminder triggers move its job). */
export async function setVisitReminder(ctx: Context, input: { id: string; expectedVersion: number; remindAt?: Date | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const key = requireKey(input.id, 'ServiceVisit', ['input', 'id']);
  const visit = versionedRow(await repository.visitAtVersion(ctx.db, key, input.expectedVersion), 'ServiceVisit', input.expectedVersion);
  if (visit.status !== 'PLANNED') errors.add(['id'], 'INVALID_STATE', `Only a PLANNED visit has a reminder; this one is ${visit.status}.`);
  if (errors.any) return failed(errors);
  return saveVisit(ctx, errors, async (tx) =>
    versionedRow(await repository.updateVisit(tx, key, input.expectedVersion, { remindAt: input.remindAt ?? null }), 'ServiceVisit', input.expectedVersion));
}

/** The visit as it is now, at the version the client read, and its card; only a PLANNED visit changes its status. */
async function plannedVisit(ctx: Context, errors: InputErrors, id: string, expectedVersion: number) {
  const key = requireKey(id, 'ServiceVisit', ['input', 'id']);
  const visit = versionedRow(await repository.visitAtVersion(ctx.db, key, expectedVersion), 'ServiceVisit', expectedVersion);
  if (visit.status !== 'PLANNED') errors.add(['id'], 'INVALID_STATE', `Only a PLANNED visit can be done, missed or cancelled; this one is ${visit.status}.`);
  const card = (await ctx.loaders.serviceCards.byId.load(visit.cardId))!;
  return { key, visit, card };
}

/** A visit's duration: none or 0, or one day's work, which its engineer's work-time journal records. */
function durationOf(errors: InputErrors, minutes: number | null | undefined): number | null {
  if (minutes == null || minutes === 0) return minutes ?? null;
  return checkMinutes(errors, 'durationMinutes', minutes, false) ?? null;
}

/**
 * A visit done: the visit, its VISIT entry in the counterparty's chronicle and its duration in
 * the engineer's work-time journal, in one transaction.
 */
export async function recordVisit(
  ctx: Context, input: { id: string; expectedVersion: number; doneAt?: Date | null; durationMinutes?: number | null; result?: string | null },
) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key, visit, card } = await plannedVisit(ctx, errors, input.id, input.expectedVersion);
  const durationMinutes = durationOf(errors, input.durationMinutes);
  const result = errors.text(['result'], input.result, { max: RESULT_MAX });
  if (errors.any) return failed(errors);
  const doneAt = input.doneAt ?? new Date();
  const engineerId = visit.engineerId ?? card.engineerId;
  const engineer = engineerId === null ? null : await ctx.loaders.catalogues.employeeById.load(engineerId);
  return saveVisit(ctx, errors, async (tx) => {
    const entry = await chronicleRepository.insertEntry(tx, {
      counterpartyId: card.counterpartyId,
      responsibleEmployeeId: visit.engineerId ?? card.engineerId,
      kind: 'VISIT',
      channel: 'VISIT',
      status: 'DONE',
      happenedAt: doneAt,
      durationMinutes,
      subject: `Service visit, card ${card.number}`,
      result,
    });
    const done = versionedRow(await repository.updateVisit(tx, key, input.expectedVersion, {
      status: 'DONE', doneAt, durationMinutes, result, chronicleEntryId: entry.id,
    }), 'ServiceVisit', input.expectedVersion);
    await writeWorkTime(tx, engineer, doneAt, durationMinutes, card.counterpartyId, { serviceVisitId: done.id });
    await publishChanges(tx, entryChange('CREATED', entry));
    return done;
  });
}

export async function closeVisit(ctx: Context, input: { id: string; expectedVersion: number; status: ServiceVisitStatus; result?: string | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key } = await plannedVisit(ctx, errors, input.id, input.expectedVersion);
  if (input.status !== 'MISSED' && input.status !== 'CANCELLED') {
    errors.add(['status'], 'INVALID', `A visit is closed as MISSED or CANCELLED; record a done one with recordServiceVisit, not ${input.status}.`);
  }
  const result = errors.text(['result'], input.result, { max: RESULT_MAX });
  if (errors.any) return failed(errors);
  return saveVisit(ctx, errors, async (tx) =>
    versionedRow(await repository.updateVisit(tx, key, input.expectedVersion, { status: input.status, result }), 'ServiceVisit', input.expectedVersion));
}
