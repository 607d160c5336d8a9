import type { Context } from '../../context.js';
import type { ChronicleEntryRow, EmailMessageRow } from '../../db/schema/index.js';
import { today } from '../../lib/dates.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path, type UserError } from '../../lib/user-errors.js';
import { payloadWriter } from '../../lib/write.js';
import { mayReadOwner, ownerOf } from '../attachments/owners.js';
import { requireWriter } from '../auth/viewer.js';
import * as chronicle from '../chronicle/chronicle.repository.js';
import { checkResponsible, personNotAtCounterparty } from '../chronicle/chronicle.service.js';
import { enqueue } from '../jobs/job-queue.js';
import { currentCounterpartyOf, positionsHeld } from '../persons/persons.repository.js';
import { newMessageId, recipientAddresses } from './addresses.js';
import * as repository from './email.repository.js';
import { emailJob } from './email-job.js';
import { configuredSender } from './settings.js';

const SUBJECT_MAX = 500;
/** The most characters of a message's text (and of its HTML): about a megabyte, far beyond any letter. */
export const BODY_MAX = 1_000_000;
const MAX_ATTACHMENTS = 20;

export interface SendEmailInput {
  counterpartyId?: string | null;
  personId?: string | null;
  to?: string[] | null;
  cc?: string[] | null;
  subject?: string | null;
  body: string;
  html?: string | null;
  attachmentIds?: string[] | null;
  claimId?: string | null;
  appealId?: string | null;
  dealId?: string | null;
  responsibleEmployeeId?: string | null;
}

/** The refusal when the server has no SMTP server to send through: nothing is checked or written. */
export const notConfigured = (): UserError[] => [{
  field: null,
  code: 'NOT_CONFIGURED',
  message: 'This server does not send e-mail: SMTP_URL (and SMTP_FROM) are not set. Nothing was written; ask the administrator to configure SMTP_URL.',
}];

/** A message's text or HTML, kept as written (not trimmed): required only for the text. */
function messageText(errors: InputErrors, path: Path, value: string | null | undefined, required: boolean): string | null {
  if (value == null || value.trim() === '') {
    if (required) errors.add(path, 'REQUIRED', `${String(path[path.length - 1])} is required.`);
    return null;
  }
  if (value.length > BODY_MAX) {
    errors.add(path, 'TOO_LONG', `${String(path[path.length - 1])} must be at most ${BODY_MAX} characters (got ${value.length}).`);
    return null;
  }
  if (value.includes('\u0000')) {
    errors.add(path, 'INVALID', `${String(path[path.length - 1])} may not contain the NUL character.`);
    return null;
  }
  return value;
}

/** The input's fields in the order the user errors are reported in, whichever check finished first. */
const FIELD_ORDER = ['counterpartyId', 'personId', 'to', 'cc', 'subject', 'body', 'html', 'attachmentIds', 'claimId', 'appealId', 'dealId', 'responsibleEmployeeId'];

const inInputOrder = (list: UserError[]) => [...list].sort((a, b) =>
  FIELD_ORDER.indexOf(a.field?.[1] ?? '') - FIELD_ORDER.indexOf(b.field?.[1] ?? '') || Number(a.field?.[2] ?? 0) - Number(b.field?.[2] ?? 0));

/** `Re: ` and what the message is about, on one line, within the subject's limit. */
const reply = (about: string) => `Re: ${about.replace(/\s+/g, ' ').trim()}`.slice(0, SUBJECT_MAX);

/** The counterparty the message is correspondence with: given, or the person's current one. */
async function recipientCounterparty(ctx: Context, errors: InputErrors, input: SendEmailInput, personKey: number | null | undefined) {
  if (input.counterpartyId == null && input.personId == null) {
    errors.add(['counterpartyId'], 'REQUIRED', 'Name the counterparty (counterpartyId), a person of it (personId), or both.');
    return null;
  }
  let key = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  if (input.counterpartyId == null && personKey != null) {
    key = await currentCounterpartyOf(ctx.db, personKey, today(ctx.timeZone));
    if (key === null) {
      errors.add(['counterpartyId'], 'REQUIRED', 'The person holds no current position at a counterparty: name the counterparty (counterpartyId).');
      return null;
    }
  }
  if (key == null) return null;
  const counterparty = await ctx.loaders.counterparties.byId.load(key);
  requireFound(errors, ['counterpartyId'], key, counterparty, 'counterparty');
  return counterparty;
}

/** The files to send: each an Attachment the caller may read, together within MAX_UPLOAD_BYTES. */
async function messageAttachments(ctx: Context, errors: InputErrors, ids: readonly string[]): Promise<number[]> {
  if (ids.length > MAX_ATTACHMENTS) {
    errors.add(['attachmentIds'], 'OUT_OF_RANGE', `At most ${MAX_ATTACHMENTS} attachments may be sent with one e-mail (got ${ids.length}).`);
    return [];
  }
  const keys = ids.map((id, index) => referenceKey(errors, ['attachmentIds', index], id, 'Attachment'));
  const rows = await Promise.all(keys.map((key) => (key == null ? null : ctx.loaders.attachments.byId.load(key))));
  const readable = await Promise.all(rows.map((row) => (row ? mayReadOwner(ctx, ownerOf(row)) : false)));
  const seen = new Set<number>();
  let size = 0;
  keys.forEach((key, index) => {
    if (key == null) return;
    if (!rows[index] || !readable[index]) {
      errors.add(['attachmentIds', index], 'NOT_FOUND', 'No stored attachment you may read has the id given in this field.');
    } else if (seen.has(key)) {
      errors.add(['attachmentIds', index], 'DUPLICATE', 'This attachment is already in the list.');
    } else {
      seen.add(key);
      size += rows[index]!.size;
    }
  });
  if (size > ctx.attachments.maxUploadBytes) {
    errors.add(['attachmentIds'], 'TOO_LARGE', `The attachments together are larger than MAX_UPLOAD_BYTES (${ctx.attachments.maxUploadBytes} bytes).`);
  }
  return [...seen];
}

/** A record the message is about (claim, appeal, deal): given by id, of the message's counterparty. */
async function aboutRecord<Row extends { counterpartyId: number | null }>(
  errors: InputErrors, field: string, id: string | null | undefined, type: string, noun: string,
  load: (key: number) => Promise<Row | null>, counterpartyId: number | undefined,
): Promise<Row | null> {
  const key = referenceKey(errors, [field], id, type);
  if (key == null) return null;
  const row = await load(key);
  requireFound(errors, [field], key, row, noun);
  if (row && counterpartyId !== undefined && row.counterpartyId !== counterpartyId) {
    errors.add([field], 'INVALID', `This ${noun} is another counterparty's; an e-mail is about a ${noun} of its own counterparty.`);
  }
  return row;
}

const saving = payloadWriter('chronicleEntry', chronicle.uniqueFields, (ctx: Context, result: { entry: ChronicleEntryRow; message: EmailMessageRow }) => {
  ctx.loaders.chronicle.byId.clear(result.entry.id).prime(result.entry.id, result.entry);
  ctx.loaders.email.byEntryId.clear(result.entry.id).prime(result.entry.id, result.message);
});

/**
 * Sends an e-mail to a counterparty or its person: checks the whole input, then writes, in one
 * transaction, its chronicle entry (EMAIL, outgoing, done now), the message as it goes out, and
 * the `email` job that sends it.
 */
export async function sendEmail(ctx: Context, input: SendEmailInput) {
  requireWriter(ctx.viewer);
  const from = configuredSender(ctx.email);
  if (from === null) return { userErrors: notConfigured() };
  const errors = new InputErrors();

  const personKey = referenceKey(errors, ['personId'], input.personId, 'Person');
  const [person, counterparty] = await Promise.all([
    personKey == null ? null : ctx.loaders.persons.byId.load(personKey),
    recipientCounterparty(ctx, errors, input, personKey),
  ]);
  requireFound(errors, ['personId'], personKey, person, 'person');
  if (person && counterparty) {
    const holds = await positionsHeld(ctx.db, [{ personId: person.id, counterpartyId: counterparty.id }]);
    if (!holds(person.id, counterparty.id)) personNotAtCounterparty(errors, ['personId']);
  }

  const employeeKey = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const counterpartyId = counterparty?.id;
  const [employee, claim, appeal, deal, attachmentIds] = await Promise.all([
    employeeKey == null ? null : ctx.loaders.catalogues.employeeById.load(employeeKey),
    aboutRecord(errors, 'claimId', input.claimId, 'Claim', 'claim', (key) => ctx.loaders.claims.byId.load(key), counterpartyId),
    aboutRecord(errors, 'appealId', input.appealId, 'Appeal', 'appeal', (key) => ctx.loaders.appeals.byId.load(key), counterpartyId),
    aboutRecord(errors, 'dealId', input.dealId, 'Deal', 'deal', (key) => ctx.loaders.deals.byId.load(key), counterpartyId),
    messageAttachments(ctx, errors, input.attachmentIds ?? []),
  ]);
  requireFound(errors, ['responsibleEmployeeId'], employeeKey, employee, 'employee');
  if (employee) checkResponsible(errors, ['responsibleEmployeeId'], employee, undefined);

  let to = recipientAddresses(errors, 'to', input.to ?? []);
  const cc = recipientAddresses(errors, 'cc', input.cc ?? []);
  if ((input.to ?? []).length === 0 && counterparty) {
    // Whom the message goes to when the caller names no one: the person's first address, else the counterparty's.
    const known = person?.emails[0]?.address ?? counterparty.emails[0]?.address;
    if (known) to = [known];
    else errors.add(['to'], 'REQUIRED', `No e-mail address is known for ${person ? 'the person or ' : ''}the counterparty: give the recipients in to.`);
  }

  const before = errors.list.length;
  let subject = errors.text(['subject'], input.subject, { max: SUBJECT_MAX });
  if (subject === null && errors.list.length === before) {
    subject = appeal ? reply(`${appeal.number}: ${appeal.subject}`)
      : claim ? reply(`${claim.number}: ${claim.essence}`)
        : deal ? reply(deal.name) : null;
    if (subject === null) errors.add(['subject'], 'REQUIRED', 'subject is required when the e-mail is about no appeal, claim or deal to take it from.');
  }
  const body = messageText(errors, ['body'], input.body, true);
  const html = messageText(errors, ['html'], input.html, false);
  if (errors.any) return failed(inInputOrder(errors.list));

  return saving(ctx, errors, async (tx) => {
    const entry = await chronicle.insertEntry(tx, {
      counterpartyId: counterparty!.id,
      personId: person?.id ?? null,
      responsibleEmployeeId: employeeKey ?? ctx.viewer.employeeId,
      claimId: claim?.id ?? null,
      kind: 'EMAIL',
      channel: 'EMAIL',
      direction: 'OUTGOING',
      status: 'DONE',
      happenedAt: new Date(),
      subject: subject!,
    });
    const [message] = await repository.insertMessages(tx, [{
      chronicleEntryId: entry.id,
      appealId: appeal?.id ?? null,
      dealId: deal?.id ?? null,
      fromAddress: from,
      toAddresses: to,
      ccAddresses: cc,
      subject: subject!,
      bodyText: body!,
      bodyHtml: html,
      attachmentIds,
      messageId: newMessageId(from),
    }]);
    await enqueue(tx, [emailJob(message.id, ctx.email.maxAttempts)]);
    return { entry, message };
  }).then((payload) => ({ chronicleEntry: payload.chronicleEntry?.entry ?? null, userErrors: payload.userErrors }));
}

/** `ChronicleEntry.email`: the message of an EMAIL entry, through the request's loader. */
export const entryEmail = (ctx: Context, entry: Pick<ChronicleEntryRow, 'id' | 'kind'>) =>
  (entry.kind === 'EMAIL' ? ctx.loaders.email.byEntryId.load(entry.id) : Promise.resolve(null));

/** The files sent with a message that are still stored, in the order they were given. */
export async function messageAttachmentRows(ctx: Context, message: EmailMessageRow) {
  const rows = await Promise.all(message.attachmentIds.map((id) => ctx.loaders.attachments.byId.load(id)));
  return rows.filter((row) => row !== null);
}
