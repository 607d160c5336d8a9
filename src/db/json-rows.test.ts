import { asc, getTableColumns, getTableName, is, isNotNull, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDeals } from '../cli/seed-deals.js';
import { seedPrefix, seedStatements } from '../cli/seed-sql.js';
import { openTestDatabase } from '../testing/api.js';
import { openDatabase } from './client.js';
import { chooseColumns, columnPlan } from './columns.js';
import { allColumnsOf, readRows, readRowsByParent, rowsByIds } from './json-rows.js';
import * as schema from './schema/index.js';

/**
 * Loaders read rows through JSON (json-rows.ts); services read them through Drizzle's own
 * decoding. Both must give the same values of the same types for every column of every table,
 * or a field would answer differently depending on how its row was read.
 */

let database: Awaited<ReturnType<typeof openTestDatabase>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table, whatever its columns
const tables = Object.values(schema).filter((value) => is(value, PgTable)) as any[] as PgTable[];

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await db.transaction(async (tx) => {
    for (const statement of seedStatements('json', { counterparties: 40, personsPerCounterparty: 2, chroniclePerCounterparty: 3, obligationsPerCounterparty: 2 })) {
      await tx.execute(statement);
    }
  });
  await seedDeals(db, seedPrefix('json'), 3);
  // Values at the edges of what each kind of column holds.
  await db.insert(schema.counterparties).values({
    kind: 'ORGANIZATION', name: 'Ünïcödé "quotes" \\ back\nslash ✓ 𝄞', roles: ['CLIENT', 'SUPPLIER'], websites: ['https://a.example', 'b'],
    phones: [{ kind: 'WORK', number: '+380 44 000', extension: null, note: 'nested "json"' }], notes: null,
  });
  const [{ id: counterpartyId }] = await db.select({ id: schema.counterparties.id }).from(schema.counterparties).limit(1);
  const [{ id: contractId }] = await db.select({ id: schema.contracts.id }).from(schema.contracts).limit(1);
  await db.insert(schema.chronicleEntries).values([
    { counterpartyId, kind: 'NOTE', status: 'DONE', subject: 'before the epoch', happenedAt: new Date('1969-12-31T23:59:59.999Z') },
    { counterpartyId, kind: 'NOTE', status: 'PLANNED', subject: 'year one', plannedAt: new Date('0001-01-01T00:00:00.001Z'), remindAt: new Date('9999-12-31T23:59:59.999Z') },
  ]);
  const [first, second] = await db.select({ id: schema.counterparties.id }).from(schema.counterparties).orderBy(asc(schema.counterparties.id)).limit(2);
  await db.insert(schema.counterpartyObjects).values({ counterpartyId, name: 'Warehouse', address: null });
  await db.insert(schema.counterpartyCompetitors).values({ counterpartyId: first.id, competitorId: second.id, purchaseShare: '12.50' });
  const [parameter] = await db.insert(schema.parameterDefinitions).values({ code: 'capacity', name: 'Capacity', type: 'NUMBER' }).returning();
  await db.insert(schema.parameterValues).values({ counterpartyId, parameterId: parameter.id, numberValue: '0.000001', dateValue: '0099-02-28', booleanValue: false });
  await db.insert(schema.contractTemplates).values({ name: 'Supply', body: '{{counterparty.name}}' });
  const [agreement] = await db.select({ id: schema.agreements.id }).from(schema.agreements).limit(1);
  const [group] = await db.select({ id: schema.productGroups.id }).from(schema.productGroups).limit(1);
  await db.insert(schema.agreementGroupDiscounts).values({ agreementId: agreement.id, productGroupId: group.id, discountPercent: '3.00' });
  const [product, related] = await db.select({ id: schema.products.id }).from(schema.products).orderBy(asc(schema.products.id)).limit(2);
  await db.insert(schema.productRelations).values({ productId: product.id, relatedId: related.id, kind: 'ANALOGUE' });
  const [key] = await db.insert(schema.apiKeys).values({ name: 'json', role: 'VIEWER', prefix: 'crm_', keyHash: 'hash' }).returning();
  await db.insert(schema.importCalls).values({ apiKeyId: key.id, idempotencyKey: 'k', operation: 'importPersons', requestHash: 'h', response: { rows: [{ a: [1, null] }] } });
  const [cardGroup] = await db.insert(schema.serviceCardGroups).values({ name: 'Kyiv' }).returning();
  const [card] = await db.insert(schema.serviceCards).values({
    number: 'SC-json', counterpartyId, contractId, groupId: cardGroup.id, periodStart: '2028-02-29', periodEnd: '2028-12-31',
    workingWeekdays: [1, 2, 3, 4, 5, 6, 7], holidays: ['2028-03-08', '0001-01-01'], interval: null,
  }).returning();
  const [entry] = await db.select({ id: schema.chronicleEntries.id }).from(schema.chronicleEntries).limit(1);
  await db.insert(schema.serviceVisits).values([
    { cardId: card.id, plannedDate: '2028-02-29', origin: 'GENERATED', status: 'DONE', doneAt: new Date('2028-02-29T10:00:00.123Z'), durationMinutes: 0, chronicleEntryId: entry.id },
    { cardId: card.id, plannedDate: '2028-03-01', origin: 'MANUAL' },
  ]);
  const [visit] = await db.select({ id: schema.serviceVisits.id }).from(schema.serviceVisits).limit(1);
  const [employee] = await db.select({ id: schema.employees.id }).from(schema.employees).limit(1);
  const [appealType] = await db.insert(schema.appealTypes).values({ name: 'Complaints' }).returning();
  const [article] = await db.insert(schema.knowledgeArticles).values({ question: 'Чому? "why"', answer: 'Бо\nтак', tags: ['a', 'б'], appealTypeId: appealType.id }).returning();
  const [appeal] = await db.insert(schema.appeals).values({
    counterpartyId, channel: 'PHONE', subject: 'Ünïcödé "appeal"', typeId: appealType.id, responsibleEmployeeId: null,
    dueAt: new Date('2028-02-29T23:59:59.999Z'), status: 'RESOLVED', resolution: 'done', articleId: article.id, resolvedAt: new Date('2028-03-01T00:00:00.000Z'),
  }).returning();
  const [action] = await db.insert(schema.appealActions).values([
    { appealId: appeal.id, kind: 'REGISTERED', toStatus: 'NEW' },
    { appealId: appeal.id, kind: 'STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'RESOLVED', minutes: 1440, description: 'whole day' },
  ]).returning();
  const [attachment] = await db.insert(schema.attachments).values([
    { appealId: appeal.id, fileName: 'Звіт "№1".pdf', declaredContentType: 'application/pdf', contentType: 'application/pdf', detectedContentType: 'application/pdf', size: 258, sha256: 'a'.repeat(64), uploadedByApiKeyId: key.id },
    { appealId: appeal.id, fileName: 'later.bin', declaredContentType: 'application/octet-stream', size: 3, state: 'PENDING', uploadExpiresAt: new Date('2028-02-29T00:00:00.001Z') },
  ]).returning();
  await db.insert(schema.attachmentParts).values([
    { attachmentId: attachment.id, partNumber: 0, data: Buffer.from([0, 1, 2, 0x5c, 0x22, 0xff, ...Buffer.from('%PDF ✓')]) },
    { attachmentId: attachment.id, partNumber: 1, data: Buffer.alloc(0) },
    { attachmentId: attachment.id, partNumber: 2, data: Buffer.alloc(300, 0xa5) },
  ]);
  await db.insert(schema.timeEntries).values([
    { employeeId: employee.id, date: '2028-02-29', minutes: 1440, counterpartyId, serviceVisitId: visit.id, comment: 'a whole day' },
    { employeeId: employee.id, date: '0001-01-01', minutes: 1, appealActionId: action.id },
  ]);
  const [cause] = await db.insert(schema.claimCauses).values({ name: 'Брак "defect"' }).returning();
  const [claim] = await db.insert(schema.claims).values({
    counterpartyId, essence: 'Ünïcödé "claim"\n', amountClaimed: '9999999999999999.99', currency: 'UAH', amountGranted: '0.01', causeId: cause.id,
    contractId, registeredAt: new Date('0001-01-01T00:00:00.001Z'), dueAt: new Date('9999-12-31T23:59:59.999Z'),
    status: 'PARTLY_SATISFIED', result: 'half', closedAt: new Date('2028-02-29T12:00:00.000Z'), registeredVia: 'PORTAL',
  }).returning();
  // The claim's investigation plan: tasks linked to it.
  const [planned] = await db.insert(schema.tasks).values([
    { claimId: claim.id, counterpartyId, title: 'Check the batch', dueAt: new Date('2028-02-29T23:59:59.999Z'), status: 'DONE', closedAt: new Date('2028-03-01T00:00:00.000Z'), result: 'found' },
    { claimId: claim.id, counterpartyId, title: 'Call back', dueAt: new Date('9999-12-31T23:59:59.999Z'), status: 'CANCELLED', closedAt: new Date('1969-12-31T23:59:59.999Z') },
  ]).returning();
  await db.insert(schema.taskAssignees).values({ taskId: planned.id, employeeId: employee.id });
  await db.insert(schema.chronicleEntries).values({ counterpartyId, claimId: claim.id, kind: 'EVENT', status: 'DONE', subject: 'claim registered', happenedAt: new Date('2028-02-29T00:00:00.000Z') });
  const [campaignGroup] = await db.insert(schema.campaignGroups).values({ name: 'Виставки "fairs"' }).returning();
  const [source] = await db.insert(schema.informationSources).values({ name: 'Fair "2028"' }).returning();
  const [campaign] = await db.insert(schema.campaigns).values({
    externalId: 'json-campaign', name: 'Ünïcödé "campaign"\n', kind: 'CALL_CAMPAIGN', groupId: campaignGroup.id, startsOn: '0001-01-01', endsOn: '2028-02-29',
    place: null, budget: '9999999999999999.99', currency: 'UAH', status: 'FINISHED', responsibleEmployeeId: employee.id, informationSourceId: source.id,
  }).returning();
  const [{ id: personId }] = await db.select({ id: schema.persons.id }).from(schema.persons).limit(1);
  const [{ id: orderId }] = await db.select({ id: schema.orders.id }).from(schema.orders).limit(1);
  await db.insert(schema.campaignParticipants).values([
    { campaignId: campaign.id, counterpartyId, status: 'ATTENDED', invitedAt: new Date('1969-12-31T23:59:59.999Z'), respondedAt: new Date('2028-02-29T00:00:00.001Z'), note: 'came "early"' },
    { campaignId: campaign.id, personId, status: 'INVITED' },
  ]);
  await db.insert(schema.campaignMaterials).values([
    { campaignId: campaign.id, name: 'Буклет', description: null, url: 'https://example.com/a?b="c"', quantity: 2147483647 },
    { campaignId: campaign.id, name: 'Stand' },
  ]);
  await db.insert(schema.campaignExpenses).values({ campaignId: campaign.id, date: '2028-02-29', item: 'Stand rent', amount: '0.01' });
  await db.insert(schema.campaignRevenues).values([
    { campaignId: campaign.id, date: '0001-01-01', amount: '9999999999999999.99', orderId },
    { campaignId: campaign.id, date: '2028-02-29', amount: '1.10', note: 'cash' },
  ]);
  const [leadGroup] = await db.insert(schema.contactCardGroups).values({ name: 'Leads "hot"' }).returning();
  const [lead] = await db.insert(schema.contactCards).values({
    externalId: 'card-1', name: 'Олена "lead"', companyName: null, taxNumber: '12-34.56', groupId: leadGroup.id,
    phones: [{ kind: 'MOBILE', number: '+38 (067) 123-45-67', extension: null, note: null }],
    emails: [{ kind: 'WORK', address: 'olena@example.com', note: 'ü' }], interest: 'boilers\n', convertedCounterpartyId: counterpartyId,
    convertedAt: new Date('2028-02-29T00:00:00.000Z'), archivedAt: new Date('1969-12-31T23:59:59.999Z'),
  }).returning();
  await db.insert(schema.contactCards).values({ phones: [{ kind: 'WORK', number: '12345', extension: '1', note: null }] });
  const [cardPerson] = await db.select({ id: schema.persons.id }).from(schema.persons).limit(1);
  await db.insert(schema.contactCardPersons).values({ contactCardId: lead.id, personId: cardPerson.id, title: 'Директор', isPrimary: true });
  await db.insert(schema.chronicleEntries).values({ contactCardId: lead.id, kind: 'CALL', status: 'DONE', subject: 'card call', happenedAt: new Date('2028-02-29T00:00:00.000Z') });
  const [lostReason] = await db.insert(schema.lostReasons).values({ name: 'Ціна "price"', active: false }).returning();
  const [openDeal, lostDeal] = await db.insert(schema.deals).values([
    { counterpartyId, name: 'Ünïcödé "deal"\n', amount: '9999999999999999.99', currency: 'UAH', expectedDate: '2028-02-29', assignedEmployeeId: employee.id, stage: 'NEGOTIATION', column: 'CONTACT_2', contractId, lastMovedAt: new Date('1969-12-31T23:59:59.999Z') },
    { counterpartyId, externalId: 'deal-json', name: 'lost', stage: 'OFFER', column: 'RESULT', result: 'LOST', lostReasonId: lostReason.id, closedAt: new Date('9999-12-31T23:59:59.999Z'), expectedDate: '0001-01-01' },
  ]).returning();
  await db.insert(schema.dealMoves).values([
    { dealId: openDeal.id, kind: 'CREATED', toColumn: 'PROSPECT', toStage: 'NEEDS', at: new Date('0001-01-01T00:00:00.001Z'), movedByApiKeyId: key.id },
    { dealId: lostDeal.id, kind: 'COLUMN', fromColumn: 'CONTACT_3', toColumn: 'RESULT', fromStage: 'OFFER', toStage: 'OFFER', result: 'LOST', lostReasonId: lostReason.id, note: 'Бо "дорого"', movedByEmployeeId: employee.id },
  ]);
  const [order] = await db.select({ id: schema.orders.id }).from(schema.orders).limit(1);
  await db.insert(schema.dealOrders).values({ dealId: openDeal.id, orderId: order.id, linkedAt: new Date('2028-02-29T12:00:00.000Z') });
  const [task] = await db.insert(schema.tasks).values([
    { title: 'Ünïcödé "task"\n', dueAt: new Date('0001-01-01T00:00:00.001Z'), remindAt: new Date('0001-01-01T00:00:00.000Z'), counterpartyId, dealId: openDeal.id, importance: 'KEY' },
    { externalId: 'task-json', title: 'done', description: 'Бо "так"', dueAt: new Date('9999-12-31T23:59:59.999Z'), status: 'DONE', closedAt: new Date('1969-12-31T23:59:59.999Z'), result: 'ok', contactCardId: lead.id },
  ]).returning();
  await db.insert(schema.taskAssignees).values({ taskId: task.id, employeeId: employee.id });
  const [notification] = await db.insert(schema.notifications).values({
    employeeId: employee.id, kind: 'REMINDER', subjectType: 'ChronicleEntry', subjectId: entry.id, title: 'Позвонить "клиенту"', reminderAt: new Date('9999-12-31T23:59:59.999Z'),
  }).returning();
  await db.insert(schema.emailMessages).values([
    { chronicleEntryId: entry.id, dealId: openDeal.id, fromAddress: 'CRM <crm@example.com>', toAddresses: ['a@b.example', 'ü@b.example'], ccAddresses: [],
      subject: 'Re: "quotes" \\ ✓', bodyText: 'line\nline 𝄞', bodyHtml: '<p>x</p>', attachmentIds: [1, 9007199254740991], messageId: '<json-1@example.com>',
      status: 'SENT', smtpResponse: '250 OK', attempts: 2, sentAt: new Date('0001-01-01T00:00:00.001Z') },
    { notificationId: notification.id, fromAddress: 'crm@example.com', toAddresses: ['e@example.com'], subject: 's', bodyText: '', messageId: '<json-2@example.com>',
      status: 'FAILED', lastError: '550 no', attempts: 10 },
  ]);
  const [webhook] = await db.insert(schema.webhooks).values({
    url: 'https://hooks.example.com/crm?a=1&b="2"', topics: ['appeal', 'claim'], kinds: ['CREATED'], secret: 'whsec_json', description: 'Вебхук ✓',
    active: false, consecutiveFailures: 20, disabledAt: new Date('9999-12-31T23:59:59.999Z'), disabledReason: 'too many failures',
  }).returning();
  await db.insert(schema.webhookDeliveries).values({
    webhookId: webhook.id, topic: 'appeal', kind: 'CREATED', body: { event: 'appeal.CREATED', data: { id: 'QXBwZWFsOjE=' }, note: 'ü "q"' },
    status: 'FAILED', attempts: 8, lastStatusCode: 500, lastError: 'HTTP 500', lastAttemptAt: new Date('0001-01-01T00:00:00.001Z'),
  });
  await db.insert(schema.obligations).values({
    counterpartyId, contractId, kind: 'PAYMENT', debtor: 'THEIRS', description: 'the largest amount', amount: '9999999999999999.99', fulfilledAmount: '0.01', currency: 'UAH', dueDate: '0001-01-01',
  });
}, 60_000);

afterAll(async () => { await database?.drop(); });

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => Number(a.id ?? 0) - Number(b.id ?? 0);

describe('rows read through JSON', () => {
  it.each(tables.map((table) => [getTableName(table), table] as const))('%s: every column as Drizzle reads it', async (_name, table) => {
    const db = database.db;
    const columns = getTableColumns(table);
    const key = 'id' in columns ? [asc(columns.id)] : Object.values(columns).slice(0, 2).map((column) => asc(column));
    const expected = await db.select().from(table).orderBy(...key);
    const read = await readRows(db, allColumnsOf(table), { orderBy: key }, (fields) => db.select(fields).from(table));
    expect(read).toEqual(expected);
    // Types too: toEqual would take a string for a number, not a Date for a string.
    for (const [i, row] of read.entries()) {
      for (const [property, value] of Object.entries(row)) {
        const stored = (expected[i] as Record<string, unknown>)[property];
        expect(Object.prototype.toString.call(value), `${property}`).toBe(Object.prototype.toString.call(stored));
      }
    }
  });

  it('covers every table with rows', async () => {
    const empty = [];
    for (const table of tables) {
      const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table);
      if (n === 0) empty.push(getTableName(table));
    }
    expect(empty).toEqual([]);
  });

  it('reads the chosen columns only, and rows grouped by parent in order', async () => {
    const db = database.db;
    const { chronicleEntries } = schema;
    const rows = await readRowsByParent(db, { table: chronicleEntries, columns: chooseColumns(columnPlan(chronicleEntries, ['id', 'occurredAt', 'subject'], {}), new Map()) }, {
      parent: chronicleEntries.counterpartyId,
      orderBy: [asc(chronicleEntries.counterpartyId), sql`${chronicleEntries.occurredAt} desc`, sql`${chronicleEntries.id} desc`],
    }, (fields) => db.select(fields).from(chronicleEntries).where(isNotNull(chronicleEntries.counterpartyId)));
    const expected = await db.select({ parent: chronicleEntries.counterpartyId, id: chronicleEntries.id, occurredAt: chronicleEntries.occurredAt, subject: chronicleEntries.subject })
      .from(chronicleEntries).where(isNotNull(chronicleEntries.counterpartyId)).orderBy(asc(chronicleEntries.counterpartyId), sql`${chronicleEntries.occurredAt} desc`, sql`${chronicleEntries.id} desc`);
    const grouped = new Map<number, unknown[]>();
    for (const { parent, ...row } of expected) grouped.set(parent!, [...(grouped.get(parent!) ?? []), row]);
    expect(rows).toEqual(grouped);
    expect([...rows.keys()]).toEqual([...grouped.keys()]);
    expect(Object.keys([...rows.values()][0][0]).sort()).toEqual(['id', 'occurredAt', 'subject']);
  });

  it('reads rows by id, with none for ids that match nothing', async () => {
    const db = database.db;
    const [first, second] = await db.select().from(schema.persons).orderBy(asc(schema.persons.id)).limit(2);
    const rows = await rowsByIds(db, schema.persons, [second.id, first.id, -1]);
    expect(rows.sort(byId)).toEqual([first, second]);
    expect(await rowsByIds(db, schema.persons, [])).toEqual([]);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('prepared loader statements (PostgreSQL)', () => {
  const preparedOnConnection = async (preparedStatements: boolean) => {
    // One connection, so the statement and the look at its prepared statements share it.
    const handle = await openDatabase({ url: database.url, poolSize: 1, preparedStatements });
    try {
      const rows = await rowsByIds(handle.db, schema.persons, [1, 2]);
      const prepared = await handle.db.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`);
      return { rows: rows.length, loaderStatements: [...prepared as unknown as { statement: string }[]].filter((row) => row.statement.includes('json_agg')).length };
    } finally {
      await handle.close();
    }
  };

  it('prepares a loader statement once per connection, or never when prepared statements are off', async () => {
    expect(await preparedOnConnection(true)).toEqual({ rows: 2, loaderStatements: 1 });
    expect(await preparedOnConnection(false)).toEqual({ rows: 2, loaderStatements: 0 });
  });
});
