import type { CampaignImportRow, CampaignParticipantImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { insertManyReturning, updateMany } from '../../db/bulk.js';
import { campaignParticipants, campaigns, type CampaignParticipantRow } from '../../db/schema/index.js';
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

interface ParticipantChecked {
  campaignExternalId: string | null;
  counterpartyExternalId: string | null;
  personExternalId: string | null;
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
  key: (row) => JSON.stringify([row.campaignExternalId.trim(), row.counterpartyExternalId?.trim() ?? null, row.personExternalId?.trim() ?? null]),
  // The key is made of several fields: errors about it name the row.
  keyField: [],
  externalId: (row) => row.campaignExternalId,
  check: (row, errors) => {
    const counterparty = errors.text(['counterpartyExternalId'], row.counterpartyExternalId, { max: 200 });
    const person = errors.text(['personExternalId'], row.personExternalId, { max: 200 });
    if (!counterparty && !person && row.counterpartyExternalId == null && row.personExternalId == null) {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'A participant is a counterparty or a person: give counterpartyExternalId or personExternalId.');
    } else if (row.counterpartyExternalId != null && row.personExternalId != null) {
      errors.add(['personExternalId'], 'INVALID', 'A participant is a counterparty or a person, not both.');
    }
    const checked: ParticipantChecked = {
      campaignExternalId: errors.text(['campaignExternalId'], row.campaignExternalId, { required: true, max: 200 }),
      counterpartyExternalId: counterparty,
      personExternalId: person,
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
  const [campaignIds, counterpartyIds, personIds] = await Promise.all([
    repository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.campaignExternalId)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.counterpartyExternalId)),
    personsRepository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.personExternalId)),
  ]);
  const targets = new Map<ParticipantRow, repository.ParticipantKey>();
  for (const row of rows) {
    const { errors, checked } = row;
    const campaignId = resolvedKey(errors, ['campaignExternalId'], checked.campaignExternalId, campaignIds, 'campaign with the externalId');
    const counterpartyId = checked.counterpartyExternalId === null ? null
      : resolvedKey(errors, ['counterpartyExternalId'], checked.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId') ?? null;
    const personId = checked.personExternalId === null ? null
      : resolvedKey(errors, ['personExternalId'], checked.personExternalId, personIds, 'person with the externalId') ?? null;
    if (campaignId != null && !errors.any) targets.set(row, { campaignId, counterpartyId, personId });
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

  const inserted = await insertManyReturning(tx, campaignParticipants, creates.map((create) => ({ ...create.record })), ['campaign_id', 'counterparty_id', 'person_id']);
  const idByKey = new Map(inserted.map(({ id, columns }) => [
    repository.participantKey({ campaignId: columns.campaign_id, counterpartyId: columns.counterparty_id, personId: columns.person_id }), id,
  ]));
  for (const create of creates) create.row.outcome = { status: 'CREATED', id: idByKey.get(repository.participantKey(create.record))! };
  await updateMany(tx, campaignParticipants, updates);
}
