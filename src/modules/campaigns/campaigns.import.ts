import type { CampaignImportRow, CampaignParticipantImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { idsByKeys, insertManyReturning, updateMany } from '../../db/bulk.js';
import { campaignParticipants, campaigns, contactCards, type CampaignParticipantRow } from '../../db/schema/index.js';
import { sameValue } from '../../lib/same-value.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as personsRepository from '../persons/persons.repository.js';
import * as repository from './campaigns.repository.js';
import { campaignFieldValues, checkCampaign, respondedAtFor, sourceDescription } from './campaigns.service.js';

type CampaignChecked = Partial<repository.CampaignInsert>;
type CampaignRow = PendingRow<CampaignImportRow, CampaignChecked>;

const groupPath = (path: string) => normalisedFolderPath(path) ?? '';

/**
 * `importCampaigns`: a campaign's fields checked by the same rules as createCampaign and
 * updateCampaign; the group is named by its path, the responsible employee by e-mail, the
 * information source by name. A new campaign without a source gets one named like it, as
 * createCampaign gives it; a new campaign may come in any status (history being loaded), a stored
 * one keeps its status (changeCampaignStatus moves it).
 */
export const campaignImporter: Importer<CampaignImportRow, CampaignChecked> = {
  operation: 'importCampaigns',
  typeName: 'Campaign',
  check: (row, errors) => {
    const values = campaignFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    values.status = errors.notNull(['status'], row.status);
    return values;
  },
  write: writeCampaigns,
};

async function writeCampaigns(tx: Database, rows: CampaignRow[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const newNames = rows.filter((row) => row.row.informationSourceName == null && row.checked.name).map((row) => row.checked.name!);
  const [stored, groupIds, employees, sources] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    repository.groups.idsByPaths(tx, givenKeys(input, (row) => row.groupPath, groupPath)),
    cataloguesRepository.employeesByEmail(tx, givenKeys(input, (row) => row.responsibleEmployeeEmail)),
    cataloguesRepository.informationSourcesByName(tx, [...givenKeys(input, (row) => row.informationSourceName), ...newNames]),
  ]);
  const storedByKey = new Map(stored.map((campaign) => [campaign.externalId!, campaign]));
  const withMoney = await repository.campaignsWithMoney(tx, stored.map((campaign) => campaign.id));
  const sourceIds = new Map([...sources].map(([name, id]) => [name.toLowerCase(), id]));

  const newSourceNames = new Map<string, CampaignRow>();
  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    const groupId = resolvedKey(errors, ['groupPath'], given.groupPath, groupIds, 'campaign group at the path', groupPath);
    if (groupId !== undefined) checked.groupId = groupId;
    const responsible = resolvedEmployee(errors, ['responsibleEmployeeEmail'], given.responsibleEmployeeEmail, employees);
    if (responsible !== undefined) checked.responsibleEmployeeId = responsible;
    if (given.informationSourceName === null || given.informationSourceName?.trim() === '') {
      errors.add(['informationSourceName'], 'REQUIRED', 'A campaign always stands for an information source; it cannot be cleared.');
    } else if (given.informationSourceName !== undefined) {
      const sourceId = sourceIds.get(given.informationSourceName.trim().toLowerCase());
      if (sourceId === undefined) errors.add(['informationSourceName'], 'NOT_FOUND', `No information source "${given.informationSourceName.trim()}" exists.`);
      else checked.informationSourceId = sourceId;
    }
    if (current) {
      if (checked.status !== undefined && checked.status !== current.status) {
        errors.add(['status'], 'INVALID_STATE', `The campaign is ${current.status}; change a stored campaign's status with changeCampaignStatus.`);
      }
      if (checked.currency !== undefined && checked.currency !== current.currency && withMoney.has(current.id)) {
        errors.add(['currency'], 'INVALID_STATE', `The campaign has expenses or revenues in ${current.currency}; its currency cannot change.`);
      }
      checkCampaign(errors, { ...current, ...checked });
      continue;
    }
    // A new campaign: what createCampaign requires and defaults.
    for (const field of ['name', 'kind', 'startsOn', 'currency'] as const) {
      if (checked[field] == null) errors.add([field], 'REQUIRED', `${field} is required for a new campaign.`);
    }
    checked.endsOn ??= checked.startsOn;
    checked.status ??= 'PLANNED';
    checkCampaign(errors, checked);
    if (checked.informationSourceId === undefined && checked.name) {
      const name = checked.name.toLowerCase();
      if (sourceIds.has(name) || newSourceNames.has(name)) {
        errors.add(['name'], 'DUPLICATE', 'An information source already has this name; give the campaign another name, or name that source in informationSourceName.');
      } else if (!errors.any) {
        newSourceNames.set(name, row);
      }
    }
  }
  // The sources new campaigns create, for the rows that will be written.
  const created = await repository.insertInformationSources(tx, [...newSourceNames.values()].map((row) => ({
    name: row.checked.name!, description: sourceDescription(row.checked.kind!),
  })));
  for (const row of newSourceNames.values()) {
    row.checked.informationSourceId = created.get(row.checked.name!)!;
  }

  await upsertRecords(tx, rows, mode, {
    table: campaigns,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (_row, values) => values,
  });
}

/** The participant's owner fields of an import row, each with the column it fills. */
const OWNER_FIELDS = {
  counterpartyExternalId: 'counterpartyId', personExternalId: 'personId', contactCardExternalId: 'contactCardId',
} as const;
type OwnerField = keyof typeof OWNER_FIELDS;
const OWNER_NAMES = Object.keys(OWNER_FIELDS) as OwnerField[];

interface ParticipantChecked {
  campaignExternalId: string | null;
  counterpartyExternalId: string | null;
  personExternalId: string | null;
  contactCardExternalId: string | null;
  status?: repository.InvitationStatus;
  invitedAt?: Date;
  note?: string | null;
}
type ParticipantRow = PendingRow<CampaignParticipantImportRow, ParticipantChecked>;

/**
 * `importCampaignParticipants`: a participant has no externalId of its own; it is matched by its
 * campaign's externalId and its counterparty's or person's, as addCampaignParticipant keeps one
 * per campaign. Its invitation is checked by the rules of updateCampaignParticipant.
 */
export const participantImporter: Importer<CampaignParticipantImportRow, ParticipantChecked> = {
  operation: 'importCampaignParticipants',
  typeName: 'CampaignParticipant',
  key: (row) => JSON.stringify([row.campaignExternalId.trim(), ...OWNER_NAMES.map((field) => row[field]?.trim() ?? null)]),
  // The key is made of several fields: errors about it name the row.
  keyField: [],
  externalId: (row) => row.campaignExternalId,
  check: (row, errors) => {
    const owners = Object.fromEntries(OWNER_NAMES.map((field) => [field, errors.text([field], row[field], { max: 200 })])) as Record<OwnerField, string | null>;
    const given = OWNER_NAMES.filter((field) => row[field] != null);
    if (given.length !== 1) {
      errors.add([given[1] ?? 'counterpartyExternalId'], given.length === 0 ? 'REQUIRED' : 'INVALID',
        'A participant is one counterparty, person or contact card: give exactly one of counterpartyExternalId, personExternalId and contactCardExternalId.');
    }
    const checked: ParticipantChecked = {
      campaignExternalId: errors.text(['campaignExternalId'], row.campaignExternalId, { required: true, max: 200 }),
      ...owners,
      status: errors.notNull(['status'], row.status),
      invitedAt: errors.notNull(['invitedAt'], row.invitedAt),
    };
    if (checked.invitedAt && checked.invitedAt.getTime() > Date.now()) errors.add(['invitedAt'], 'OUT_OF_RANGE', 'invitedAt cannot be in the future.');
    if (row.note !== undefined) checked.note = errors.text(['note'], row.note, { max: 2000 });
    return checked;
  },
  write: writeParticipants,
};

async function writeParticipants(tx: Database, rows: ParticipantRow[], mode: ImportMode): Promise<void> {
  const [campaignIds, counterpartyIds, personIds, cardIds] = await Promise.all([
    repository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.campaignExternalId)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.counterpartyExternalId)),
    personsRepository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.personExternalId)),
    idsByKeys(tx, contactCards, 'external_id', givenKeys(rows, (row) => row.checked.contactCardExternalId)),
  ]);
  const idsOf: Record<OwnerField, [Map<string, number>, string]> = {
    counterpartyExternalId: [counterpartyIds, 'counterparty with the externalId'],
    personExternalId: [personIds, 'person with the externalId'],
    contactCardExternalId: [cardIds, 'contact card with the externalId'],
  };
  const targets = new Map<ParticipantRow, repository.ParticipantKey>();
  for (const row of rows) {
    const { errors, checked } = row;
    const campaignId = resolvedKey(errors, ['campaignExternalId'], checked.campaignExternalId, campaignIds, 'campaign with the externalId');
    const [counterpartyId, personId, contactCardId] = OWNER_NAMES.map((field) => (checked[field] === null ? null
      : resolvedKey(errors, [field], checked[field], idsOf[field][0], idsOf[field][1]) ?? null));
    if (campaignId != null && !errors.any) targets.set(row, { campaignId, counterpartyId, personId, contactCardId });
  }

  const stored = new Map((await repository.lockedParticipantsByKeys(tx, [...targets.values()])).map((row) => [repository.participantKey(row), row]));
  const creates: { row: ParticipantRow; record: Partial<CampaignParticipantRow> & repository.ParticipantKey }[] = [];
  const updates: CampaignParticipantRow[] = [];
  const now = new Date();
  for (const [row, target] of targets) {
    const { errors, checked, row: given } = row;
    const current = stored.get(repository.participantKey(target));
    const status = checked.status ?? current?.status ?? 'INVITED';
    const invitedAt = checked.invitedAt ?? current?.invitedAt ?? now;
    const statusChanged = current !== undefined && status !== current.status;
    const respondedAt = respondedAtFor(errors, status, invitedAt, given.respondedAt,
      current && !statusChanged ? current.respondedAt : null, invitedAt);
    if (errors.any) continue;
    const values = { status, invitedAt, respondedAt, ...(checked.note !== undefined ? { note: checked.note } : {}) };
    if (!current) {
      creates.push({ row, record: { ...target, ...values } });
      continue;
    }
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((field) => !sameValue(current[field], values[field]));
    if (changed.length === 0) {
      row.outcome = { status: 'UNCHANGED', id: current.id };
    } else if (mode === 'CREATE_ONLY') {
      errors.add([], 'DUPLICATE', `This participant of the campaign exists and differs in ${changed.join(', ')}; CREATE_ONLY does not update it.`);
    } else {
      updates.push({ ...current, ...values });
      row.outcome = { status: 'UPDATED', id: current.id };
    }
  }

  const inserted = await insertManyReturning(tx, campaignParticipants, creates.map((create) => ({ ...create.record })),
    ['campaign_id', 'counterparty_id', 'person_id', 'contact_card_id']);
  const idByKey = new Map(inserted.map(({ id, columns }) => [repository.participantKey({
    campaignId: Number(columns.campaign_id), counterpartyId: idOrNull(columns.counterparty_id),
    personId: idOrNull(columns.person_id), contactCardId: idOrNull(columns.contact_card_id),
  }), id]));
  for (const create of creates) create.row.outcome = { status: 'CREATED', id: idByKey.get(repository.participantKey(create.record))! };
  await updateMany(tx, campaignParticipants, updates);
}

/** A returned id column as a number, or null. */
const idOrNull = (value: string | null) => (value === null ? null : Number(value));
