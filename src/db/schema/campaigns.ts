import { sql } from 'drizzle-orm';
import {
  check, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { folderTable, id, recordColumns, ref } from './columns.js';
import { employees, informationSources } from './catalogues.js';
import { counterparties } from './counterparties.js';
import { contactCards } from './contact-cards.js';
import { deals } from './deals.js';
import { orders } from './orders.js';
import { persons } from './persons.js';

export const campaignKind = pgEnum('campaign_kind', [
  'PRESENTATION', 'EXHIBITION', 'SEMINAR', 'CONFERENCE', 'MAILING', 'CALL_CAMPAIGN', 'ADVERTISING', 'OTHER',
]);

/** PLANNED → RUNNING → FINISHED, or CANCELLED on the way (and back to PLANNED); see campaigns.service.ts. */
export const campaignStatus = pgEnum('campaign_status', ['PLANNED', 'RUNNING', 'FINISHED', 'CANCELLED']);

/** Where a participant's invitation stands. */
export const invitationStatus = pgEnum('invitation_status', ['INVITED', 'CONFIRMED', 'ATTENDED', 'DECLINED']);

/** The folder tree campaigns are filed in. */
export const campaignGroups = folderTable('campaign_groups');

/** A marketing campaign: a presentation, an exhibition, a mailing, a call campaign, advertising. */
export const campaigns = pgTable('campaigns', {
  id: id(),
  externalId: text('external_id'),
  name: text('name').notNull(),
  kind: campaignKind('kind').notNull(),
  groupId: ref('group_id').references(() => campaignGroups.id),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  place: text('place'),
  description: text('description'),
  budget: numeric('budget', { precision: 18, scale: 2 }),
  /** The currency of the budget, the expenses and the revenues. */
  currency: text('currency').notNull(),
  status: campaignStatus('status').notNull().default('PLANNED'),
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  /** The information source the campaign creates: contacts and clients it brings name it. */
  informationSourceId: ref('information_source_id').notNull().references(() => informationSources.id),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('campaigns_external_id_key').on(t.externalId),
  index('campaigns_starts_on_id_idx').on(t.startsOn, t.id),
  index('campaigns_group_id_idx').on(t.groupId),
  index('campaigns_responsible_employee_id_idx').on(t.responsibleEmployeeId),
  index('campaigns_information_source_id_idx').on(t.informationSourceId),
  check('campaigns_dates_in_order', sql`${t.endsOn} >= ${t.startsOn}`),
  check('campaigns_budget_not_negative', sql`${t.budget} >= 0`),
]);

/**
 * Who a participant is (a counterparty, a person or a contact card), one nullable column each;
 * exactly one is set, and each is unique per campaign. Another kind of participant is one line here.
 */
const participantOwnerColumns = {
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  personId: ref('person_id').references(() => persons.id),
  contactCardId: ref('contact_card_id').references(() => contactCards.id),
};

export type ParticipantOwnerColumn = keyof typeof participantOwnerColumns;
export const PARTICIPANT_OWNER_COLUMNS = Object.keys(participantOwnerColumns) as ParticipantOwnerColumn[];

/** A counterparty or a person invited to a campaign, and how the invitation went. */
export const campaignParticipants = pgTable('campaign_participants', {
  id: id(),
  campaignId: ref('campaign_id').notNull().references(() => campaigns.id),
  ...participantOwnerColumns,
  status: invitationStatus('status').notNull().default('INVITED'),
  invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  /** When the participant confirmed, declined or came; null while only INVITED. */
  respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date', precision: 3 }),
  note: text('note'),
  ...recordColumns(),
}, (t) => [
  index('campaign_participants_campaign_id_idx').on(t.campaignId, t.id),
  check('campaign_participants_one_owner', sql`num_nonnulls(${sql.join(PARTICIPANT_OWNER_COLUMNS.map((key) => t[key]), sql`, `)}) = 1`),
  check('campaign_participants_responded_when_answered', sql`(${t.respondedAt} is null) = (${t.status} = 'INVITED')`),
  check('campaign_participants_responded_after_invited', sql`${t.respondedAt} >= ${t.invitedAt}`),
  ...PARTICIPANT_OWNER_COLUMNS.flatMap((key) => {
    const column = t[key];
    const owner = column.name.replace(/_id$/, '');
    return [
      uniqueIndex(`campaign_participants_${owner}_key`).on(t.campaignId, column).where(sql`${column} is not null`),
      index(`campaign_participants_${column.name}_idx`).on(column, t.campaignId).where(sql`${column} is not null`),
    ];
  }),
]);

/** Something a campaign uses or hands out: a booklet, a stand, a presentation, a mailing text. */
export const campaignMaterials = pgTable('campaign_materials', {
  id: id(),
  campaignId: ref('campaign_id').notNull().references(() => campaigns.id),
  name: text('name').notNull(),
  description: text('description'),
  url: text('url'),
  quantity: integer('quantity'),
  ...recordColumns(),
}, (t) => [
  index('campaign_materials_campaign_id_idx').on(t.campaignId, t.id),
  check('campaign_materials_quantity_positive', sql`${t.quantity} > 0`),
]);

/** Money spent on a campaign, in the campaign's currency. */
export const campaignExpenses = pgTable('campaign_expenses', {
  id: id(),
  campaignId: ref('campaign_id').notNull().references(() => campaigns.id),
  date: date('date', { mode: 'string' }).notNull(),
  item: text('item').notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  note: text('note'),
  ...recordColumns(),
}, (t) => [
  index('campaign_expenses_campaign_date_id_idx').on(t.campaignId, t.date, t.id),
  check('campaign_expenses_amount_positive', sql`${t.amount} > 0`),
]);

/** Money a campaign brought, in the campaign's currency; from an order or a won deal when one is named. */
export const campaignRevenues = pgTable('campaign_revenues', {
  id: id(),
  campaignId: ref('campaign_id').notNull().references(() => campaigns.id),
  date: date('date', { mode: 'string' }).notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  orderId: ref('order_id').references(() => orders.id),
  /** A deal of the campaign's, won. */
  dealId: ref('deal_id').references((): AnyPgColumn => deals.id),
  note: text('note'),
  ...recordColumns(),
}, (t) => [
  index('campaign_revenues_campaign_date_id_idx').on(t.campaignId, t.date, t.id),
  // An order counts towards a campaign's revenue once.
  uniqueIndex('campaign_revenues_order_key').on(t.campaignId, t.orderId).where(sql`${t.orderId} is not null`),
  index('campaign_revenues_order_id_idx').on(t.orderId).where(sql`${t.orderId} is not null`),
  uniqueIndex('campaign_revenues_deal_key').on(t.campaignId, t.dealId).where(sql`${t.dealId} is not null`),
  check('campaign_revenues_one_source', sql`num_nonnulls(${t.orderId}, ${t.dealId}) <= 1`),
  check('campaign_revenues_amount_positive', sql`${t.amount} > 0`),
]);

export type CampaignGroupRow = typeof campaignGroups.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignParticipantRow = typeof campaignParticipants.$inferSelect;
export type CampaignMaterialRow = typeof campaignMaterials.$inferSelect;
export type CampaignExpenseRow = typeof campaignExpenses.$inferSelect;
export type CampaignRevenueRow = typeof campaignRevenues.$inferSelect;
