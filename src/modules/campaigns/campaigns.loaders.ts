import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import type { Page } from '../../lib/connection.js';
import { connectionsByParentLoader, listsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import * as repository from './campaigns.repository.js';

/** A tab of a campaign, one page per campaign: all campaigns of a level in one statement. */
const tabLoader = <Row>(
  tab: { pages(db: Database, ids: readonly number[], page: Page): Promise<Map<number, Row[]>>; counts(db: Database, ids: readonly number[]): Promise<Map<number, number>> },
  keys: Parameters<typeof connectionsByParentLoader<Row>>[3],
) => (db: Database) => loaderPerArguments(({ page }: { page: Page }) =>
  connectionsByParentLoader<Row>((ids) => tab.pages(db, ids, page), (ids) => tab.counts(db, ids), page, keys));

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const campaignLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.campaignsByIds(db, ids), (row) => row.id),
  /** `Counterparty.campaigns`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.campaignsByCounterparties(db, ids)),
  /** `Campaign.totalCost`, `totalRevenue`, `profit`, `roi`: one grouped statement for every campaign asked together. */
  sumsById: (db: Database) => new DataLoader<number, repository.CampaignSums>(async (ids) => {
    const sums = await repository.sumsByCampaigns(db, ids);
    return ids.map((id) => sums.get(id) ?? { cost: '0', revenue: '0' });
  }, { maxBatchSize: 1000 }),
  participantsByCampaignId: tabLoader(repository.tabs.participants, repository.participantOrder),
  materialsByCampaignId: tabLoader(repository.tabs.materials, repository.materialOrder),
  expensesByCampaignId: tabLoader(repository.tabs.expenses, repository.expenseOrder),
  revenuesByCampaignId: tabLoader(repository.tabs.revenues, repository.revenueOrder),
  participantById: (db: Database) => rowByKeyLoader((ids) => repository.participantsByIds(db, ids), (row) => row.id),
  materialById: (db: Database) => rowByKeyLoader((ids) => repository.materialsByIds(db, ids), (row) => row.id),
  expenseById: (db: Database) => rowByKeyLoader((ids) => repository.expensesByIds(db, ids), (row) => row.id),
  revenueById: (db: Database) => rowByKeyLoader((ids) => repository.revenuesByIds(db, ids), (row) => row.id),
  groups: (db: Database) => folderTreeLoaders(db, repository.groups),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const campaignNodes: NodeFetchers<typeof campaignLoaders> = {
  Campaign: (loaders, key) => loaders.byId.load(key),
  CampaignParticipant: (loaders, key) => loaders.participantById.load(key),
  CampaignMaterial: (loaders, key) => loaders.materialById.load(key),
  CampaignExpense: (loaders, key) => loaders.expenseById.load(key),
  CampaignRevenue: (loaders, key) => loaders.revenueById.load(key),
  CampaignGroup: (loaders, key) => loaders.groups.byId.load(key),
};
