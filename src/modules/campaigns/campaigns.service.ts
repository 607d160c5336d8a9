import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type {
  CampaignExpenseRow, CampaignMaterialRow, CampaignParticipantRow, CampaignRevenueRow, CampaignRow,
  ParticipantOwnerColumn,
} from '../../db/schema/index.js';
import { readPage, type PageArgs } from '../../lib/connection.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { badInput, notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey, toGlobalId } from '../../lib/global-id.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import { AMOUNT_SCALE, fromHundredths, toHundredths } from '../../lib/money.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow, writeInTransaction } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import { folderTreeService } from '../folders/folders.service.js';
import * as repository from './campaigns.repository.js';
import type { CampaignFilter, CampaignInsert, CampaignKind, CampaignStatus, InvitationStatus } from './campaigns.repository.js';
import { campaignFigures } from './roi.js';

const NAME_MAX = 500;
const TEXT_MAX = 5000;
const NOTE_MAX = 2000;
const URL_MAX = 2000;
const EXTERNAL_ID_MAX = 200;
/** Amounts are numeric(18,2): below 10^16, that is 10^18 hundredths. */
const MAX_AMOUNT = 10n ** 18n;
/** The longest period an analysis covers, in days: about three years. */
/** The most days on each side `salesAfterCampaign` compares. */
const MAX_SALES_DAYS = 366;

/** Where a campaign may go from each status by `changeCampaignStatus`; FINISHED is final. */
export const TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['FINISHED', 'CANCELLED'],
  FINISHED: [],
  CANCELLED: ['PLANNED'],
};

/** The groups campaigns are filed in, a folder tree. */
export const campaignGroups = folderTreeService({
  type: 'CampaignGroup', folder: 'campaign group', members: 'campaigns',
  repository: repository.groups, loaders: (ctx) => ctx.loaders.campaigns.groups,
});

// ---- Reading ----

export interface CampaignFilterInput {
  kinds?: CampaignKind[] | null;
  statuses?: CampaignStatus[] | null;
  groupId?: string | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
  activeFrom?: string | null;
  activeTo?: string | null;
}

function readFilter(where: CampaignFilterInput | null | undefined): CampaignFilter {
  return {
    kinds: where?.kinds,
    statuses: where?.statuses,
    groupId: referenceKeyOrThrow(where?.groupId, 'CampaignGroup', ['where', 'groupId']),
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    informationSourceId: referenceKeyOrThrow(where?.informationSourceId, 'InformationSource', ['where', 'informationSourceId']),
    activeFrom: where?.activeFrom,
    activeTo: where?.activeTo,
  };
}

export const listCampaigns = (ctx: Context, where: CampaignFilterInput | null | undefined, args: PageArgs) =>
  repository.listCampaigns(ctx.db, readFilter(where), args);

export const getCampaign = (ctx: Context, id: string) => ctx.loaders.campaigns.byId.load(requireKey(id, 'Campaign', ['id']));

/** The campaign a record of its tabs belongs to. */
export const campaignOf = async (ctx: Context, campaignId: number) => (await ctx.loaders.campaigns.byId.load(campaignId))!;

/** Total cost, total revenue, profit and ROI, from the sums of one grouped statement per level. */
export async function figures(ctx: Context, campaignId: number) {
  const sums = await ctx.loaders.campaigns.sumsById.load(campaignId);
  return campaignFigures(sums.cost, sums.revenue);
}

// A tab of a campaign: one page per campaign, every campaign of a level in one statement.
export const campaignParticipants = (ctx: Context, campaignId: number, args: PageArgs) =>
  ctx.loaders.campaigns.participantsByCampaignId({ page: readPage(args, repository.participantOrder) }).load(campaignId);
export const campaignMaterials = (ctx: Context, campaignId: number, args: PageArgs) =>
  ctx.loaders.campaigns.materialsByCampaignId({ page: readPage(args, repository.materialOrder) }).load(campaignId);
export const campaignExpenses = (ctx: Context, campaignId: number, args: PageArgs) =>
  ctx.loaders.campaigns.expensesByCampaignId({ page: readPage(args, repository.expenseOrder) }).load(campaignId);
export const campaignRevenues = (ctx: Context, campaignId: number, args: PageArgs) =>
  ctx.loaders.campaigns.revenuesByCampaignId({ page: readPage(args, repository.revenueOrder) }).load(campaignId);

// ---- Campaigns ----

const rememberCampaign = (ctx: Context, campaign: CampaignRow) => {
  ctx.loaders.campaigns.byId.clear(campaign.id).prime(campaign.id, campaign);
};

const saveCampaign = payloadWriter('campaign', repository.uniqueFields, rememberCampaign);

/** Reads a money amount into hundredths: at most 2 decimal places, zero or more (or more than zero). */
const amountOf = (errors: InputErrors, path: Path, value: string, zeroAllowed: boolean): bigint | null =>
  decimalInput(errors, path, value, toHundredths, AMOUNT_SCALE, MAX_AMOUNT, zeroAllowed);

/** A campaign's own fields, references aside: what creation, change and the importer share. */
export interface CampaignFields {
  externalId?: string | null;
  name?: string | null;
  kind?: CampaignKind | null;
  startsOn?: string | null;
  endsOn?: string | null;
  place?: string | null;
  description?: string | null;
  budget?: string | null;
  currency?: string | null;
}

/** Checks and normalises the own fields given; omitted ones stay out of the result. */
export function campaignFieldValues(errors: InputErrors, input: CampaignFields, creating: boolean): Partial<CampaignInsert> {
  const values: Partial<CampaignInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (creating || input.kind !== undefined) values.kind = creating && input.kind == null ? reqd(errors, 'kind') : errors.notNull(['kind'], input.kind);
  if (creating || input.startsOn !== undefined) values.startsOn = creating && input.startsOn == null ? reqd(errors, 'startsOn') : errors.notNull(['startsOn'], input.startsOn);
  if (input.endsOn !== undefined) values.endsOn = creating ? input.endsOn ?? undefined : errors.notNull(['endsOn'], input.endsOn);
  if (input.place !== undefined) values.place = errors.text(['place'], input.place, { max: NAME_MAX });
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: TEXT_MAX });
  if (input.budget !== undefined) {
    const budget = input.budget === null ? null : amountOf(errors, ['budget'], input.budget, true);
    values.budget = budget === null ? null : fromHundredths(budget);
  }
  if (creating || input.currency !== undefined) {
    values.currency = creating && input.currency == null ? reqd(errors, 'currency') : errors.notNull(['currency'], input.currency)?.toUpperCase();
  }
  return values;
}

const reqd = (errors: InputErrors, field: string): undefined => {
  errors.add([field], 'REQUIRED', `${field} is required for a new campaign.`);
  return undefined;
};

/** The rules across fields of a campaign as it will be: it ends on or after it starts. */
export function checkCampaign(errors: InputErrors, campaign: Partial<Pick<CampaignInsert, 'startsOn' | 'endsOn'>>) {
  if (campaign.startsOn && campaign.endsOn && campaign.endsOn < campaign.startsOn) {
    errors.add(['endsOn'], 'OUT_OF_RANGE', `A campaign cannot end (${campaign.endsOn}) before it starts (${campaign.startsOn}).`);
  }
}

interface CampaignReferences {
  groupId?: string | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
}

/** Reads the references a campaign names: each one given but missing is NOT_FOUND on its field. */
async function references(ctx: Context, errors: InputErrors, input: CampaignReferences) {
  const keys = {
    groupId: referenceKey(errors, ['groupId'], input.groupId, 'CampaignGroup'),
    responsibleEmployeeId: referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee'),
    informationSourceId: referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource'),
  };
  const { loaders } = ctx;
  const [group, employee, source] = await Promise.all([
    keys.groupId == null ? null : loaders.campaigns.groups.byId.load(keys.groupId),
    keys.responsibleEmployeeId == null ? null : loaders.catalogues.employeeById.load(keys.responsibleEmployeeId),
    keys.informationSourceId == null ? null : loaders.catalogues.informationSourceById.load(keys.informationSourceId),
  ]);
  requireFound(errors, ['groupId'], keys.groupId, group, 'campaign group');
  requireFound(errors, ['responsibleEmployeeId'], keys.responsibleEmployeeId, employee, 'employee');
  requireFound(errors, ['informationSourceId'], keys.informationSourceId, source, 'information source');
  if (employee && !employee.active) errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be made responsible for a campaign.');
  if (input.informationSourceId === null) errors.add(['informationSourceId'], 'REQUIRED', 'A campaign always stands for an information source; it cannot be cleared.');
  const values: Partial<CampaignInsert> = {};
  if (input.groupId !== undefined) values.groupId = keys.groupId ?? null;
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = keys.responsibleEmployeeId ?? null;
  if (keys.informationSourceId != null) values.informationSourceId = keys.informationSourceId;
  return values;
}

/** What an information source a campaign creates says about itself. */
export const sourceDescription = (kind: CampaignKind) => `Created with the ${kind.toLowerCase().replace(/_/g, ' ')} campaign of the same name.`;

export async function createCampaign(ctx: Context, input: CampaignFields & CampaignReferences & { name: string; kind: CampaignKind; startsOn: string; currency: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = campaignFieldValues(errors, input, true);
  const refs = await references(ctx, errors, input);
  values.endsOn ??= values.startsOn;
  checkCampaign(errors, values);
  if (errors.any) return failed(errors);
  return saveCampaign(ctx, errors, async (tx) => {
    let sourceId = refs.informationSourceId;
    if (sourceId == null) {
      // The source the campaign creates; a source of that name already there is a DUPLICATE on `name`.
      const created = await repository.insertInformationSources(tx, [{ name: values.name!, description: sourceDescription(values.kind!) }]);
      sourceId = created.get(values.name!)!;
    }
    return repository.insertCampaign(tx, {
      ...values, ...refs, name: values.name!, kind: values.kind!, startsOn: values.startsOn!, endsOn: values.endsOn!,
      currency: values.currency!, informationSourceId: sourceId,
    });
  });
}

/** The campaign as it is now, at the version the client read. */
async function currentCampaign(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Campaign', ['input', 'id']);
  return { key, row: versionedRow(await repository.campaignAtVersion(ctx.db, key, expectedVersion), 'Campaign', expectedVersion) };
}

export async function updateCampaign(ctx: Context, input: CampaignFields & CampaignReferences & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentCampaign(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = campaignFieldValues(errors, input, false);
  Object.assign(values, await references(ctx, errors, input));
  checkCampaign(errors, { ...row, ...values });
  if (errors.any) return failed(errors);
  const currencyChanges = values.currency !== undefined && values.currency !== row.currency;
  return saveCampaign(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateCampaign(tx, key, input.expectedVersion, values), 'Campaign', input.expectedVersion);
    // Checked under the row's lock, which an expense or revenue being added waits for.
    if (currencyChanges && await repository.hasMoney(tx, key)) {
      errors.add(['currency'], 'INVALID_STATE', `The campaign has expenses or revenues in ${row.currency}; its currency cannot change.`);
      return null;
    }
    return saved;
  });
}

export async function changeCampaignStatus(ctx: Context, input: { id: string; expectedVersion: number; status: CampaignStatus }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentCampaign(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const allowed = TRANSITIONS[row.status];
  if (!allowed.includes(input.status)) {
    errors.add(['status'], 'INVALID_STATE', allowed.length === 0
      ? `A ${row.status} campaign is final; it cannot become ${input.status}.`
      : `A ${row.status} campaign cannot become ${input.status}; it can become ${allowed.join(', ')}.`);
    return failed(errors);
  }
  return saveCampaign(ctx, errors, async (tx) =>
    versionedRow(await repository.updateCampaign(tx, key, input.expectedVersion, { status: input.status }), 'Campaign', input.expectedVersion));
}

// ---- The tabs ----

/** Tells the request's loaders about a record of a tab just written. */
const rememberTab = <Row extends { id: number; campaignId: number }>(loader: (ctx: Context) => { clear(id: number): { prime(id: number, row: Row): unknown } }) =>
  (ctx: Context, row: Row) => {
    loader(ctx).clear(row.id).prime(row.id, row);
    ctx.loaders.campaigns.sumsById.clear(row.campaignId);
  };

const saveParticipant = payloadWriter('participant', repository.participantUniqueFields,
  rememberTab<CampaignParticipantRow>((ctx) => ctx.loaders.campaigns.participantById));
const saveMaterial = payloadWriter('material', {}, rememberTab<CampaignMaterialRow>((ctx) => ctx.loaders.campaigns.materialById));
const saveExpense = payloadWriter('expense', {}, rememberTab<CampaignExpenseRow>((ctx) => ctx.loaders.campaigns.expenseById));
const saveRevenue = payloadWriter('revenue', repository.revenueUniqueFields, rememberTab<CampaignRevenueRow>((ctx) => ctx.loaders.campaigns.revenueById));

/** The campaign a new record goes into, checked to exist; its key. */
async function campaignKey(ctx: Context, errors: InputErrors, id: string) {
  const key = referenceKey(errors, ['campaignId'], id, 'Campaign');
  if (key != null) requireFound(errors, ['campaignId'], key, await ctx.loaders.campaigns.byId.load(key), 'campaign');
  return key;
}

/**
 * The campaign under a share lock for the rest of the transaction, or a NOT_FOUND error on
 * `campaignId` when it is gone: its currency cannot change under a record being written.
 */
async function lockedCampaign(tx: Database, errors: InputErrors, campaignId: number) {
  const campaign = await repository.lockedCampaign(tx, campaignId);
  if (!campaign) errors.add(['campaignId'], 'NOT_FOUND', 'No campaign has the id given in this field.');
  return campaign;
}

/** The record of a tab at the version the client read. */
async function currentTabRow<T extends repository.TabType>(ctx: Context, type: T, id: string, expectedVersion: number) {
  const key = requireKey(id, type, ['input', 'id']);
  const table = repository.tabTables[type];
  const row = versionedRow(await repository.tabRowAtVersion(ctx.db, table, key, expectedVersion), type, expectedVersion);
  return { key, row: row as (typeof table)['$inferSelect'] };
}

/** Removes a record of a tab at the version the client read. */
export async function removeTabRecord(ctx: Context, type: repository.TabType, input: { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, type, ['input', 'id']);
  const errors = new InputErrors();
  const removed = await writeInTransaction(ctx.db, errors, {}, async (tx) =>
    versionedRow(await repository.deleteTabRow(tx, repository.tabTables[type], key, input.expectedVersion), type, input.expectedVersion));
  if (!removed) return { deletedId: null, ...failed(errors) };
  ctx.loaders.campaigns.sumsById.clear(removed.campaignId);
  return { deletedId: toGlobalId(type, key), userErrors: [] };
}

// Participants

/**
 * When an invitation's answer came, as it will be: null while INVITED, else the one given, the
 * stored one or `fallback` (now; the invitation, for history loaded by import), never before the
 * invitation nor in the future.
 */
export function respondedAtFor(
  errors: InputErrors, status: InvitationStatus, invitedAt: Date, given: Date | null | undefined, stored: Date | null, fallback = new Date(),
): Date | null {
  if (status === 'INVITED') {
    if (given != null) errors.add(['respondedAt'], 'INVALID', 'An INVITED participant has not answered; respondedAt goes with another status.');
    return null;
  }
  const respondedAt = given ?? stored ?? fallback;
  if (given != null && given.getTime() > Date.now()) errors.add(['respondedAt'], 'OUT_OF_RANGE', 'respondedAt cannot be in the future.');
  else if (respondedAt < invitedAt) errors.add(['respondedAt'], 'OUT_OF_RANGE', 'A participant cannot answer before being invited.');
  return respondedAt;
}

/** Who may take part in a campaign: each kind's input field, global id type and loader. */
const PARTICIPANTS = {
  counterpartyId: { type: 'Counterparty', what: 'counterparty', load: (ctx: Context, key: number) => ctx.loaders.counterparties.byId.load(key) },
  personId: { type: 'Person', what: 'person', load: (ctx: Context, key: number) => ctx.loaders.persons.byId.load(key) },
  contactCardId: { type: 'ContactCard', what: 'contact card', load: (ctx: Context, key: number) => ctx.loaders.contactCards.byId.load(key) },
} satisfies Record<ParticipantOwnerColumn, unknown>;

/** The one participant an input names, checked: which column, and its key; null (with errors) otherwise. */
async function participantOwner(ctx: Context, errors: InputErrors, input: Partial<Record<ParticipantOwnerColumn, string | null>>) {
  const given = (Object.keys(PARTICIPANTS) as ParticipantOwnerColumn[]).filter((field) => input[field] != null);
  if (given.length !== 1) {
    errors.add([given[1] ?? 'counterpartyId'], given.length === 0 ? 'REQUIRED' : 'INVALID',
      'A participant is one counterparty, person or contact card: give exactly one of counterpartyId, personId and contactCardId.');
    return null;
  }
  const [field] = given;
  const { type, what, load } = PARTICIPANTS[field];
  const key = referenceKey(errors, [field], input[field], type);
  const row = key == null ? null : await load(ctx, key);
  requireFound(errors, [field], key, row, what);
  return row ? { column: field, key: key! } : null;
}

export interface AddParticipantInput {
  campaignId: string;
  counterpartyId?: string | null;
  personId?: string | null;
  contactCardId?: string | null;
  status?: InvitationStatus | null;
  invitedAt?: Date | null;
  respondedAt?: Date | null;
  note?: string | null;
}

export async function addParticipant(ctx: Context, input: AddParticipantInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const campaignId = await campaignKey(ctx, errors, input.campaignId);
  const owner = await participantOwner(ctx, errors, input);
  const status = input.status ?? 'INVITED';
  const invitedAt = input.invitedAt ?? new Date();
  if (invitedAt.getTime() > Date.now()) errors.add(['invitedAt'], 'OUT_OF_RANGE', 'invitedAt cannot be in the future.');
  const respondedAt = respondedAtFor(errors, status, invitedAt, input.respondedAt, null);
  const note = errors.text(['note'], input.note, { max: NOTE_MAX });
  if (errors.any) return failed(errors);
  return saveParticipant(ctx, errors, async (tx) => {
    if (!(await lockedCampaign(tx, errors, campaignId!))) return null;
    const row = await repository.insertTabRow(tx, repository.tabTables.CampaignParticipant, {
      campaignId: campaignId!, [owner!.column]: owner!.key, status, invitedAt, respondedAt, note,
    });
    if (row.counterpartyId !== null) ctx.loaders.campaigns.byCounterpartyId.clear(row.counterpartyId);
    return row;
  });
}

export async function updateParticipant(ctx: Context, input: { id: string; expectedVersion: number; status?: InvitationStatus | null; respondedAt?: Date | null; note?: string | null }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentTabRow(ctx, 'CampaignParticipant', input.id, input.expectedVersion);
  const errors = new InputErrors();
  const status = errors.notNull(['status'], input.status) ?? row.status;
  const values: Partial<repository.ParticipantInsert> = { status };
  const statusChanged = status !== row.status;
  if (input.respondedAt !== undefined || statusChanged) {
    values.respondedAt = respondedAtFor(errors, status, row.invitedAt, input.respondedAt, statusChanged ? null : row.respondedAt);
  }
  if (input.note !== undefined) values.note = errors.text(['note'], input.note, { max: NOTE_MAX });
  if (errors.any) return failed(errors);
  return saveParticipant(ctx, errors, async (tx) =>
    versionedRow(await repository.updateTabRow(tx, repository.tabTables.CampaignParticipant, key, input.expectedVersion, values), 'CampaignParticipant', input.expectedVersion));
}

// Materials

interface MaterialFields { name?: string | null; description?: string | null; url?: string | null; quantity?: number | null }

function materialValues(errors: InputErrors, input: MaterialFields, creating: boolean): Partial<repository.MaterialInsert> {
  const values: Partial<repository.MaterialInsert> = {};
  if (creating || input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: TEXT_MAX });
  if (input.url !== undefined) {
    const url = errors.text(['url'], input.url, { max: URL_MAX });
    if (url !== null && !/^https?:$/.test(URL.canParse(url) ? new URL(url).protocol : '')) {
      errors.add(['url'], 'INVALID', `url must be an http or https address, got "${url}".`);
    }
    values.url = url;
  }
  if (input.quantity !== undefined) {
    if (input.quantity !== null && input.quantity <= 0) errors.add(['quantity'], 'OUT_OF_RANGE', `quantity must be more than zero, got ${input.quantity}.`);
    values.quantity = input.quantity;
  }
  return values;
}

export async function addMaterial(ctx: Context, input: MaterialFields & { campaignId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const campaignId = await campaignKey(ctx, errors, input.campaignId);
  const values = materialValues(errors, input, true);
  if (errors.any) return failed(errors);
  return saveMaterial(ctx, errors, async (tx) => {
    if (!(await lockedCampaign(tx, errors, campaignId!))) return null;
    return repository.insertTabRow(tx, repository.tabTables.CampaignMaterial, { ...values, campaignId: campaignId!, name: values.name! });
  });
}

export async function updateMaterial(ctx: Context, input: MaterialFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key } = await currentTabRow(ctx, 'CampaignMaterial', input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = materialValues(errors, input, false);
  if (errors.any) return failed(errors);
  return saveMaterial(ctx, errors, async (tx) =>
    versionedRow(await repository.updateTabRow(tx, repository.tabTables.CampaignMaterial, key, input.expectedVersion, values), 'CampaignMaterial', input.expectedVersion));
}

// Expenses

interface ExpenseFields { date?: string | null; item?: string | null; amount?: string | null; note?: string | null }

function expenseValues(errors: InputErrors, input: ExpenseFields, creating: boolean): Partial<repository.ExpenseInsert> {
  const values: Partial<repository.ExpenseInsert> = {};
  if (input.date !== undefined) values.date = errors.notNull(['date'], input.date);
  if (creating || input.item !== undefined) values.item = errors.text(['item'], input.item, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.amount !== undefined) {
    const amount = errors.notNull(['amount'], input.amount);
    const hundredths = amount == null ? null : amountOf(errors, ['amount'], amount, false);
    if (hundredths !== null) values.amount = fromHundredths(hundredths);
  }
  if (input.note !== undefined) values.note = errors.text(['note'], input.note, { max: NOTE_MAX });
  return values;
}

export async function addExpense(ctx: Context, input: ExpenseFields & { campaignId: string; date: string; item: string; amount: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const campaignId = await campaignKey(ctx, errors, input.campaignId);
  const values = expenseValues(errors, input, true);
  if (errors.any) return failed(errors);
  return saveExpense(ctx, errors, async (tx) => {
    if (!(await lockedCampaign(tx, errors, campaignId!))) return null;
    return repository.insertTabRow(tx, repository.tabTables.CampaignExpense, {
      ...values, campaignId: campaignId!, date: values.date!, item: values.item!, amount: values.amount!,
    });
  });
}

export async function updateExpense(ctx: Context, input: ExpenseFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key } = await currentTabRow(ctx, 'CampaignExpense', input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = expenseValues(errors, input, false);
  if (errors.any) return failed(errors);
  return saveExpense(ctx, errors, async (tx) =>
    versionedRow(await repository.updateTabRow(tx, repository.tabTables.CampaignExpense, key, input.expectedVersion, values), 'CampaignExpense', input.expectedVersion));
}

// Revenues

interface RevenueFields { date?: string | null; amount?: string | null; orderId?: string | null; dealId?: string | null; note?: string | null }

/**
 * A revenue's values as they will be, checked: with an order, the order is POSTED, in the
 * campaign's currency, of a counterparty taking part in the campaign or that came from its
 * source (checked under the campaign's lock), and the amount (default its total) not above its
 * total; without one, a date and an amount are required.
 */
async function revenueValues(ctx: Context, errors: InputErrors, input: RevenueFields, current: CampaignRevenueRow | null) {
  const values: Partial<repository.RevenueInsert> = {};
  if (input.date !== undefined) values.date = errors.notNull(['date'], input.date);
  if (input.amount !== undefined) {
    const amount = errors.notNull(['amount'], input.amount);
    const hundredths = amount == null ? null : amountOf(errors, ['amount'], amount, false);
    if (hundredths !== null) values.amount = fromHundredths(hundredths);
  }
  if (input.note !== undefined) values.note = errors.text(['note'], input.note, { max: NOTE_MAX });
  const orderKey = referenceKey(errors, ['orderId'], input.orderId, 'Order');
  const order = orderKey == null ? null : await ctx.loaders.orders.byId.load(orderKey);
  requireFound(errors, ['orderId'], orderKey, order, 'order');
  if (input.orderId !== undefined) values.orderId = orderKey ?? null;
  if (order) {
    if (order.status !== 'POSTED') errors.add(['orderId'], 'INVALID_STATE', `The order is ${order.status}; only a POSTED order brings revenue.`);
    if (!current) {
      values.date ??= order.date;
      if (input.amount == null) values.amount = order.total;
    }
  }
  const orderId = values.orderId !== undefined ? values.orderId : current?.orderId ?? null;
  const amount = values.amount ?? current?.amount;
  const linked = order ?? (orderId === null ? null : await ctx.loaders.orders.byId.load(orderId));
  if (linked && amount && toHundredths(amount)! > toHundredths(linked.total)!) {
    errors.add(['amount'], 'OUT_OF_RANGE', `A revenue from an order is at most the order's total, ${linked.total} ${linked.currency}.`);
  }
  const deal = await revenueDeal(ctx, errors, input, values, current);
  if (!current) {
    if (input.date == null && !order && !deal) errors.add(['date'], 'REQUIRED', 'date is required for a revenue not from an order or a deal.');
    if (input.amount == null && !order && !deal) errors.add(['amount'], 'REQUIRED', 'amount is required for a revenue not from an order or a deal.');
  }
  if ((values.orderId ?? current?.orderId ?? null) !== null && (values.dealId ?? current?.dealId ?? null) !== null) {
    errors.add(['dealId'], 'INVALID', 'A revenue comes from an order or from a deal, not both.');
  }
  return { values, order, deal };
}

/** The order's checks that need the campaign, under its lock. */
/**
 * The deal a revenue names, checked: won, and the campaign's (checked with the campaign, see
 * `checkRevenueDeal`); a new revenue takes its closing day and amount unless given.
 */
async function revenueDeal(ctx: Context, errors: InputErrors, input: RevenueFields, values: Partial<repository.RevenueInsert>, current: CampaignRevenueRow | null) {
  const key = referenceKey(errors, ['dealId'], input.dealId, 'Deal');
  const deal = key == null ? null : await ctx.loaders.deals.byId.load(key);
  requireFound(errors, ['dealId'], key, deal, 'deal');
  if (input.dealId !== undefined) values.dealId = key ?? null;
  if (!deal) return null;
  if (deal.result !== 'WON_CONTRACT' && deal.result !== 'WON_PURCHASE') {
    errors.add(['dealId'], 'INVALID_STATE', 'Only a won deal brings revenue; this one is not won.');
  }
  if (!current) {
    values.date ??= deal.closedAt?.toISOString().slice(0, 10);
    if (input.amount == null && deal.amount !== null) values.amount = deal.amount;
  }
  return deal;
}

/** A revenue's deal is one the campaign brought (`Deal.campaign`), in the campaign's currency. */
function checkRevenueDeal(errors: InputErrors, campaign: { id: number; currency: string }, deal: { campaignId: number | null; currency: string | null } | null) {
  if (!deal) return;
  if (deal.campaignId !== campaign.id) errors.add(['dealId'], 'INVALID', 'This deal did not come from the campaign (its campaign is another or none).');
  else if (deal.currency !== null && deal.currency !== campaign.currency) {
    errors.add(['dealId'], 'INVALID', `The deal is in ${deal.currency}; the campaign counts its revenues in ${campaign.currency}.`);
  }
}

async function checkRevenueOrder(tx: Database, errors: InputErrors, campaign: { id: number; currency: string; informationSourceId: number }, order: { id: number; currency: string; counterpartyId: number } | null) {
  if (!order) return;
  if (order.currency !== campaign.currency) {
    errors.add(['orderId'], 'INVALID', `The order is in ${order.currency}; the campaign counts its revenues in ${campaign.currency}.`);
  } else if (!(await repository.isCampaignCounterparty(tx, campaign.id, campaign.informationSourceId, order.counterpartyId))) {
    errors.add(['orderId'], 'INVALID', 'The order\'s counterparty neither takes part in the campaign nor came from its information source.');
  }
}

export async function addRevenue(ctx: Context, input: RevenueFields & { campaignId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const campaignId = await campaignKey(ctx, errors, input.campaignId);
  const { values, order, deal } = await revenueValues(ctx, errors, input, null);
  if (errors.any) return failed(errors);
  return saveRevenue(ctx, errors, async (tx) => {
    const campaign = await lockedCampaign(tx, errors, campaignId!);
    if (!campaign) return null;
    await checkRevenueOrder(tx, errors, campaign, order);
    checkRevenueDeal(errors, campaign, deal);
    if (errors.any) return null;
    return repository.insertTabRow(tx, repository.tabTables.CampaignRevenue, { ...values, campaignId: campaignId!, date: values.date!, amount: values.amount! });
  });
}

export async function updateRevenue(ctx: Context, input: RevenueFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentTabRow(ctx, 'CampaignRevenue', input.id, input.expectedVersion);
  const errors = new InputErrors();
  const { values, order, deal } = await revenueValues(ctx, errors, input, row);
  if (errors.any) return failed(errors);
  return saveRevenue(ctx, errors, async (tx) => {
    const campaign = await lockedCampaign(tx, errors, row.campaignId);
    if (!campaign) return null;
    if (order && order.id !== row.orderId) await checkRevenueOrder(tx, errors, campaign, order);
    if (deal && deal.id !== row.dealId) checkRevenueDeal(errors, campaign, deal);
    if (errors.any) return null;
    return versionedRow(await repository.updateTabRow(tx, repository.tabTables.CampaignRevenue, key, input.expectedVersion, values), 'CampaignRevenue', input.expectedVersion);
  });
}

// ---- Analytics ----

export const campaignEffectiveness = (ctx: Context, args: { from: string; to: string; timeZone?: string | null }) =>
  repository.campaignEffectiveness(ctx.db, zonedPeriod(args));

export const sourceEffectiveness = (ctx: Context, args: { from: string; to: string; timeZone?: string | null }) =>
  repository.sourceEffectiveness(ctx.db, zonedPeriod(args));

export async function salesAfterCampaign(ctx: Context, args: { campaignId: string; days: number }) {
  const key = requireKey(args.campaignId, 'Campaign', ['campaignId']);
  if (!Number.isInteger(args.days) || args.days < 1 || args.days > MAX_SALES_DAYS) {
    throw badInput(`days must be 1 to ${MAX_SALES_DAYS}, got ${args.days}.`, ['days']);
  }
  const sales = await repository.salesAfterCampaign(ctx.db, key, args.days);
  if (!sales) throw notFound('Campaign', ['campaignId']);
  return sales;
}
