import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../../db/raw.js';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { jobsSettled } from '../../testing/jobs.js';
import { leafParts, parseMail, startTestSmtp, type TestSmtp } from '../../testing/smtp.js';
import * as attachments from '../attachments/attachments.repository.js';
import { createApiKey } from '../auth/api-keys.service.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

/**
 * E-mail from the system, end to end: `sendEmail` writes the chronicle entry, the message and its
 * job in one transaction; the server's own job worker sends it to a real SMTP server started here
 * (smtp-server on 127.0.0.1), retrying while that server is down or refuses, and records the end.
 */
let api: TestApi;
let smtp: TestSmtp;
let f: ReturnType<typeof claimFixtures>;
let manager: { employee: string; key: string };
const FROM = 'CRM <crm@example.com>';

beforeAll(async () => {
  smtp = await startTestSmtp();
  api = await startTestApi({ jobPollMs: 20, smtpUrl: smtp.url, smtpFrom: FROM, emailMaxAttempts: 4, emailRetryBaseMs: 150 });
  f = claimFixtures(api);
  const employee = await f.employee('sender');
  manager = { employee, key: (await createApiKey(api.db, { name: 'sender', role: 'MANAGER', employeeId: keyOf(employee) })).key };
});
afterAll(async () => {
  await api?.stop();
  await smtp?.stop();
});

const keyOf = (id: string) => decodeGlobalId(id)!.key;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const EMAIL = 'status messageId from to cc subject body html attempts sentAt smtpResponse error createdAt attachments { id fileName size }';
const ENTRY = `id kind channel direction status subject counterparty { id } person { id } responsibleEmployee { id } email { ${EMAIL} }`;
const SEND = `mutation($input: SendEmailInput!) { sendEmail(input: $input) { chronicleEntry { ${ENTRY} } userErrors { field code message } } }`;

async function send(input: Record<string, unknown>, key = manager.key) {
  const result = await api.request(SEND, { input }, { key });
  expect(result.errors).toBeUndefined();
  return result.data.sendEmail as { chronicleEntry: any; userErrors: Array<{ field: string[] | null; code: string; message: string }> };
}

/** Polls the entry until its message is no longer QUEUED (or `until` holds), and answers it. */
async function settled(entryId: string, until: (email: any) => boolean = (email) => email.status !== 'QUEUED') {
  for (let i = 0; i < 400; i += 1) {
    const { data } = await api.request(`query($id: ID!) { chronicleEntry(id: $id) { ${ENTRY} } }`, { id: entryId });
    if (until(data.chronicleEntry.email)) return data.chronicleEntry;
    await sleep(25);
  }
  throw new Error(`the e-mail of ${entryId} did not settle`);
}

/** A file stored as an attachment of the claim, its bytes in parts as an upload leaves them. */
async function storedFile(claimId: string, fileName: string, bytes: Buffer): Promise<string> {
  const row = await api.db.transaction(async (tx) => {
    const pending = await attachments.insertAttachment(tx as never, { claimId: keyOf(claimId), fileName, declaredContentType: 'application/octet-stream', size: 0, state: 'PENDING' });
    for (let part = 0; part * attachments.PART_BYTES < bytes.length; part += 1) {
      await attachments.insertPart(tx as never, pending.id, part, bytes.subarray(part * attachments.PART_BYTES, (part + 1) * attachments.PART_BYTES));
    }
    return attachments.markStored(tx as never, pending.id, {
      size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), contentType: 'application/octet-stream', detectedContentType: null,
    });
  });
  return toGlobalId('Attachment', row.id);
}

const count = async (table: string) =>
  (await executeRows<{ n: number }>(api.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

async function client(prefix: string, emails: string[] = []) {
  return f.counterparty(prefix, { emails: emails.map((address) => ({ address })) });
}

async function personAt(counterpartyId: string, emails: string[]) {
  return (await api.mutate('createPerson', {
    lastName: 'Kovalenko', firstName: 'Olena', emails: emails.map((address) => ({ address })), positions: [{ counterpartyId, title: 'Buyer', isPrimary: true }],
  }, 'person { id }')).person.id as string;
}

describe('sendEmail', () => {
  it('files the e-mail in the chronicle and sends it: headers, body, attachment bytes and Message-ID as written', async () => {
    const counterparty = await client('mail-client', ['office@dnipro.example']);
    const person = await personAt(counterparty, ['olena@dnipro.example']);
    const claim = await f.registered({ counterpartyId: counterparty, essence: 'The delivery came broken' });
    const bytes = randomBytes(attachments.PART_BYTES + 1000);
    const file = await storedFile(claim.id, 'photo report.bin', bytes);
    const before = smtp.received.length;

    const { chronicleEntry: entry, userErrors } = await send({
      personId: person, claimId: claim.id, body: 'Dear Olena,\n\nwe are sorry: a replacement ships on Monday.\n', html: '<p>Dear Olena,</p>', attachmentIds: [file],
    });
    expect(userErrors).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'EMAIL', channel: 'EMAIL', direction: 'OUTGOING', status: 'DONE', subject: `Re: ${claim.number}: The delivery came broken`,
      counterparty: { id: counterparty }, person: { id: person }, responsibleEmployee: { id: manager.employee },
      email: {
        status: 'QUEUED', from: FROM, to: ['olena@dnipro.example'], cc: [], subject: `Re: ${claim.number}: The delivery came broken`,
        body: 'Dear Olena,\n\nwe are sorry: a replacement ships on Monday.\n', attempts: 0, sentAt: null, error: null,
        attachments: [{ id: file, fileName: 'photo report.bin', size: bytes.length }],
      },
    });
    expect(entry.email.messageId).toMatch(/^<[0-9a-f-]{36}@example\.com>$/);

    const done = await settled(entry.id);
    expect(done.email).toMatchObject({ status: 'SENT', messageId: entry.email.messageId, attempts: 1, error: null });
    expect(done.email.smtpResponse).toMatch(/^250/);
    expect(Date.parse(done.email.sentAt)).toBeGreaterThan(Date.now() - 60_000);

    expect(smtp.received.length).toBe(before + 1);
    const mail = smtp.received[smtp.received.length - 1];
    expect(mail.from).toBe('crm@example.com');
    expect(mail.recipients).toEqual(['olena@dnipro.example']);
    const parsed = parseMail(mail.raw);
    expect(parsed.headers['message-id']).toBe(entry.email.messageId);
    expect(parsed.headers.subject).toBe(`Re: ${claim.number}: The delivery came broken`);
    expect(parsed.headers.from).toBe('CRM <crm@example.com>');
    expect(parsed.headers.to).toBe('olena@dnipro.example');
    const leaves = leafParts(parsed);
    const text = leaves.find((part) => part.headers['content-type']?.startsWith('text/plain'))!;
    expect(text.body.toString('utf8').replace(/\r\n/g, '\n')).toBe('Dear Olena,\n\nwe are sorry: a replacement ships on Monday.\n');
    expect(leaves.some((part) => part.headers['content-type']?.startsWith('text/html'))).toBe(true);
    const attached = leaves.find((part) => /attachment/.test(part.headers['content-disposition'] ?? ''))!;
    expect(attached.headers['content-disposition']).toContain('photo report.bin');
    expect(attached.body.equals(bytes)).toBe(true);
  });

  it('fills the address from the counterparty and the subject from the appeal or deal; takes explicit to and cc', async () => {
    const counterparty = await client('mail-fallback', ['Office@Lviv.example', 'other@lviv.example']);
    const person = await personAt(counterparty, []);
    const deal = (await api.mutate('createDeal', { counterpartyId: counterparty, name: 'Forklifts for the Lviv depot' }, 'deal { id }')).deal.id;
    const { chronicleEntry: entry, userErrors } = await send({ counterpartyId: counterparty, personId: person, dealId: deal, body: 'Our offer.' });
    expect(userErrors).toEqual([]);
    expect(entry.email).toMatchObject({ to: ['office@lviv.example'], subject: 'Re: Forklifts for the Lviv depot' });

    const explicit = await send({
      counterpartyId: counterparty, to: ['buyer@lviv.example'], cc: ['boss@lviv.example', 'ME@example.com'], subject: 'Price list', body: 'Attached.',
    });
    expect(explicit.userErrors).toEqual([]);
    expect(explicit.chronicleEntry.email).toMatchObject({ to: ['buyer@lviv.example'], cc: ['boss@lviv.example', 'ME@example.com'], subject: 'Price list' });
    const sent = await settled(explicit.chronicleEntry.id);
    expect(sent.email.status).toBe('SENT');
    const mail = smtp.received.find((received) => parseMail(received.raw).headers['message-id'] === sent.email.messageId)!;
    expect(mail.recipients).toEqual(['buyer@lviv.example', 'boss@lviv.example', 'ME@example.com']);
    expect(parseMail(mail.raw).headers.cc).toBe('boss@lviv.example, ME@example.com');
  });

  it('refuses a bad input with every field at fault named, and writes nothing', async () => {
    const counterparty = await client('mail-invalid');
    const other = await client('mail-other');
    const claim = await f.registered({ counterpartyId: other });
    const file = await storedFile(claim.id, 'a.bin', Buffer.from('abc'));
    const entries = await count('chronicle_entries');
    const messages = await count('email_messages');
    const jobs = await count('jobs');

    const none = await send({ counterpartyId: counterparty, body: 'Hello' });
    expect(fieldsAndCodes(none.userErrors)).toEqual([['input.to', 'REQUIRED'], ['input.subject', 'REQUIRED']]);

    const bad = await send({
      counterpartyId: counterparty, personId: counterparty, to: ['not an address', 'a@b.example', 'A@b.example', 'x@y.example\r\nBcc: z@z.example'],
      cc: ['ok@example.com'], claimId: claim.id, attachmentIds: [file, toGlobalId('Attachment', 999_999), counterparty], subject: 'x'.repeat(501),
      body: 'y'.repeat(1_000_001), responsibleEmployeeId: counterparty,
    });
    expect(fieldsAndCodes(bad.userErrors)).toEqual([
      ['input.personId', 'WRONG_TYPE'],
      ['input.to.0', 'INVALID'],
      ['input.to.2', 'DUPLICATE'],
      ['input.to.3', 'INVALID'],
      ['input.subject', 'TOO_LONG'],
      ['input.body', 'TOO_LONG'],
      ['input.attachmentIds.1', 'NOT_FOUND'],
      ['input.attachmentIds.2', 'WRONG_TYPE'],
      ['input.claimId', 'INVALID'],
      ['input.responsibleEmployeeId', 'WRONG_TYPE'],
    ]);
    const nobody = await send({ body: 'Hello', subject: 'Hi' });
    expect(fieldsAndCodes(nobody.userErrors)).toEqual([['input.counterpartyId', 'REQUIRED']]);
    const blank = await send({ counterpartyId: counterparty, to: ['a@b.example'], subject: 'Hi', body: '   ' });
    expect(fieldsAndCodes(blank.userErrors)).toEqual([['input.body', 'REQUIRED']]);
    expect([await count('chronicle_entries'), await count('email_messages'), await count('jobs')]).toEqual([entries, messages, jobs]);

    const viewer = await api.keyFor('VIEWER');
    const forbidden = await api.request(SEND, { input: { counterpartyId: counterparty, to: ['a@b.example'], subject: 'Hi', body: 'x' } }, { key: viewer });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('retries a message the SMTP server refuses and records it FAILED with the error after the last attempt', async () => {
    const counterparty = await client('mail-refused', ['nobody@refused.example']);
    smtp.refuseRecipients = true;
    try {
      const { chronicleEntry: entry } = await send({ counterpartyId: counterparty, subject: 'Will bounce', body: 'x' });
      const failed = await settled(entry.id, (email) => email.status === 'FAILED');
      expect(failed.email).toMatchObject({ status: 'FAILED', attempts: 4, sentAt: null });
      expect(failed.email.error).toMatch(/550/);
      expect(smtp.refused.filter((address) => address === 'nobody@refused.example')).toHaveLength(4);
      const [job] = await executeRows<{ state: string; attempts: number }>(api.db, sql`select state, attempts from jobs where key = ${`email:${await messageKey(entry.id)}`}`);
      expect(job).toEqual({ state: 'FAILED', attempts: 4 });
    } finally {
      smtp.refuseRecipients = false;
    }
  });

  it('waits out an SMTP server that is down and sends the message once when it is back', async () => {
    const counterparty = await client('mail-down', ['later@down.example']);
    await smtp.stop();
    const { chronicleEntry: entry } = await send({ counterpartyId: counterparty, subject: 'Sent when the server is back', body: 'x' });
    const waiting = await settled(entry.id, (email) => email.attempts >= 1);
    expect(waiting.email).toMatchObject({ status: 'QUEUED', sentAt: null });
    expect(waiting.email.error).toMatch(/ECONNREFUSED|connect/i);
    smtp = await startTestSmtp({ port: smtp.port });
    const sent = await settled(entry.id);
    expect(sent.email).toMatchObject({ status: 'SENT', error: null });
    expect(sent.email.attempts).toBeGreaterThanOrEqual(2);
    await sleep(400);
    expect(smtp.received.filter((mail) => parseMail(mail.raw).headers['message-id'] === entry.email.messageId)).toHaveLength(1);
  });

  it('reads the messages of a page of entries with a statement count that does not grow with the entries', async () => {
    const claimsOf = async (prefix: string, n: number) => {
      const counterparty = await client(prefix, [`${prefix}@example.com`]);
      const claim = await f.registered({ counterpartyId: counterparty });
      for (let i = 0; i < n; i += 1) {
        const file = await storedFile(claim.id, `${prefix}-${i}.bin`, Buffer.from(`file ${i}`));
        expect((await send({ counterpartyId: counterparty, subject: `${prefix} ${i}`, body: 'x', attachmentIds: [file] })).userErrors).toEqual([]);
      }
      return counterparty;
    };
    const one = await claimsOf('stmt-one', 1);
    const many = await claimsOf('stmt-many', 4);
    const QUERY = `query($id: ID!) { node(id: $id) { ... on Counterparty { chronicle(first: 10, where: { kinds: [EMAIL] }) { edges { node {
      id subject email { status to messageId attachments { fileName size } } } } } } } }`;
    const few = await api.request(QUERY, { id: one });
    const lots = await api.request(QUERY, { id: many });
    expect(few.data.node.chronicle.edges).toHaveLength(1);
    expect(lots.data.node.chronicle.edges).toHaveLength(4);
    for (const { node } of lots.data.node.chronicle.edges) {
      expect(node.email.to).toEqual(['stmt-many@example.com']);
      expect(node.email.attachments).toHaveLength(1);
    }
    expect(lots.statements).toBe(few.statements);
    // An entry that is not an e-mail has none.
    const note = (await api.mutate('createChronicleEntry', { counterpartyId: one, kind: 'NOTE', subject: 'A note' }, 'chronicleEntry { id }')).chronicleEntry.id;
    expect((await api.request('query($id: ID!) { chronicleEntry(id: $id) { email { status } } }', { id: note })).data.chronicleEntry.email).toBeNull();
  });
});

/** The key of an entry's message, for looking at its job. */
async function messageKey(entryId: string): Promise<number> {
  const [row] = await executeRows<{ id: number | string }>(api.db, sql`select id from email_messages where chronicle_entry_id = ${keyOf(entryId)}`);
  return Number(row.id);
}

describe('reminder e-mails', () => {
  it('e-mails a reminder to an employee who asked for notifications by e-mail, and not to one who did not', async () => {
    const n = Date.now();
    const wants = (await api.mutate('createEmployee', { fullName: 'Iryna Bondar', email: `iryna-${n}@example.com`, emailNotifications: true, timeZone: 'Europe/Kyiv' },
      'employee { id emailNotifications }')).employee;
    expect(wants.emailNotifications).toBe(true);
    const quiet = (await api.mutate('createEmployee', { fullName: 'Quiet One', email: `quiet-${n}@example.com` }, 'employee { id emailNotifications version }')).employee;
    expect(quiet.emailNotifications).toBe(false);
    const counterparty = await client('reminded');
    const plannedAt = new Date(Date.UTC(2030, 0, 15, 10, 0)).toISOString();
    for (const employee of [wants.id, quiet.id]) {
      await api.mutate('createChronicleEntry', {
        counterpartyId: counterparty, responsibleEmployeeId: employee, kind: 'CALL', status: 'PLANNED', plannedAt,
        remindAt: new Date(Date.now() + 300).toISOString(), subject: `Call back ${employee === wants.id ? 'Iryna' : 'quiet'}`,
      }, 'chronicleEntry { id }');
    }
    let mail;
    for (let i = 0; i < 400 && !mail; i += 1) {
      await sleep(25);
      mail = smtp.received.find((received) => received.recipients.includes(`iryna-${n}@example.com`));
    }
    expect(mail).toBeDefined();
    const parsed = parseMail(mail!.raw);
    expect(parsed.headers.subject).toBe('Reminder: Call back Iryna');
    expect(leafParts(parsed)[0].body.toString('utf8')).toContain('Due: 2030-01-15 12:00 (Europe/Kyiv)');
    // The SMTP server has the message before the job's own transaction records it SENT.
    await jobsSettled(api.db, 'email');
    const [row] = await executeRows<{ chronicle_entry_id: unknown; notification_id: unknown; status: string; message_id: string }>(api.db,
      sql`select chronicle_entry_id, notification_id, status, message_id from email_messages where to_addresses = ${JSON.stringify([`iryna-${n}@example.com`])}::jsonb`);
    expect(row).toMatchObject({ chronicle_entry_id: null, status: 'SENT', message_id: parsed.headers['message-id'] });
    expect(row.notification_id).not.toBeNull();
    await sleep(200);
    expect(smtp.received.some((received) => received.recipients.includes(`quiet-${n}@example.com`))).toBe(false);
    const updated = await api.mutate('updateEmployee', { id: quiet.id, expectedVersion: quiet.version, emailNotifications: true }, 'employee { emailNotifications }');
    expect(updated.employee.emailNotifications).toBe(true);
  });
});

describe('without SMTP_URL', () => {
  let bare: TestApi;
  beforeAll(async () => {
    bare = await startTestApi({ jobPollMs: 20 });
  });
  afterAll(() => bare?.stop());

  it('refuses to send, saying SMTP_URL is not set, and writes nothing', async () => {
    const counterparty = (await bare.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'No mail', emails: [{ address: 'a@b.example' }] }, 'counterparty { id }')).counterparty.id;
    const result = await bare.request(SEND, { input: { counterpartyId: counterparty, subject: 'Hi', body: 'x' } });
    expect(result.data.sendEmail.chronicleEntry).toBeNull();
    expect(result.data.sendEmail.userErrors).toEqual([{ field: null, code: 'NOT_CONFIGURED', message: expect.stringContaining('SMTP_URL') }]);
    const [{ entries, messages, jobs }] = await executeRows<{ entries: number; messages: number; jobs: number }>(bare.db, sql`select
      (select count(*)::int from chronicle_entries) as entries, (select count(*)::int from email_messages) as messages,
      (select count(*)::int from jobs where kind = 'email') as jobs`);
    expect({ entries, messages, jobs }).toEqual({ entries: 0, messages: 0, jobs: 0 });
  });
});
