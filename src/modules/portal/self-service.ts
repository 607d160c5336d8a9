import type { Database } from '../../db/client.js';
import type { AppealRow, ChronicleEntryRow, ClaimRow } from '../../db/schema/index.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { InputErrors, type UserError } from '../../lib/user-errors.js';
import { writeInTransaction, type UniqueFields } from '../../lib/write.js';
import * as appeals from '../appeals/appeals.repository.js';
import { appealFieldValues } from '../appeals/appeals.service.js';
import { storeFile } from '../attachments/attachments.service.js';
import type { FileUpload } from '../attachments/multipart.js';
import { insertEntry } from '../chronicle/chronicle.repository.js';
import * as claims from '../claims/claims.repository.js';
import { publishChanges } from '../events/change-feed.js';
import { appealChange, claimChange, entryChange } from '../events/topics.js';
import { checkClaim, claimFieldValues } from '../claims/claims.service.js';
import type { PortalContext } from './portal.context.js';

/**
 * What a partner changes through the portal: registering its appeals and claims, commenting on
 * them, attaching files. Every record a change names is first found through the partner's reads,
 * so another partner's is as unknown as one that does not exist; the rows written carry the
 * partner's counterparty (and the key's person) from the key, never from the input.
 */

const COMMENT_MAX = 5000;

/** The user-error codes the portal's schema has: its writes check nothing that needs another. */
const PORTAL_CODES = [
  'REQUIRED', 'INVALID', 'TOO_LONG', 'OUT_OF_RANGE', 'NOT_FOUND', 'WRONG_TYPE', 'DUPLICATE', 'INVALID_STATE', 'TOO_LARGE', 'CONTENT_TYPE_MISMATCH',
] as const;
type PortalUserError = UserError & { code: (typeof PORTAL_CODES)[number] };

/** A refused portal write's answer: nothing written, the errors on their fields. */
function failed(errors: InputErrors): { userErrors: PortalUserError[] } {
  const unexpected = errors.list.find((error) => !(PORTAL_CODES as readonly string[]).includes(error.code));
  if (unexpected) throw new Error(`A portal write reported ${unexpected.code}, which the portal schema lacks.`);
  return { userErrors: errors.list as PortalUserError[] };
}

/**
 * Writes a change of the partner's in one transaction, and answers the record written (after
 * `remember` tells the request's reads about it) or the refusal.
 */
async function write<Row>(
  ctx: PortalContext, errors: InputErrors, uniques: UniqueFields, change: (tx: Database) => Promise<Row>, remember: (row: Row) => void,
): Promise<{ row: Row | null; userErrors: PortalUserError[] }> {
  const row = await writeInTransaction(ctx.db, errors, uniques, change);
  if (!row) return { row: null, ...failed(errors) };
  remember(row);
  return { row, userErrors: [] };
}

const writeAppeal = async (ctx: PortalContext, errors: InputErrors, change: (tx: Database) => Promise<AppealRow>) => {
  const { row, userErrors } = await write(ctx, errors, appeals.uniqueFields, change, (appeal) => {
    ctx.reads.load.appeal.clear(appeal.id).prime(appeal.id, appeal);
    ctx.reads.load.appealActions.clear(appeal.id);
  });
  return { appeal: row, userErrors };
};

const writeClaim = async (ctx: PortalContext, errors: InputErrors, change: (tx: Database) => Promise<ClaimRow>) => {
  const { row, userErrors } = await write(ctx, errors, claims.uniqueFields, change, (claim) => {
    ctx.reads.load.claim.clear(claim.id).prime(claim.id, claim);
    ctx.reads.load.claimEvents.clear(claim.id);
  });
  return { claim: row, userErrors };
};

/**
 * An appeal the partner registers: the partner's own, NEW, registered through the portal by the
 * key's person, with its registration visible to the partner. Staff see it among all appeals.
 */
export async function registerPartnerAppeal(ctx: PortalContext, input: { subject: string; text?: string | null }) {
  const errors = new InputErrors();
  const values = appealFieldValues(errors, { subject: input.subject, text: input.text, channel: 'OTHER', importance: 'NORMAL' }, true);
  if (errors.any) return { appeal: null, ...failed(errors) };
  return writeAppeal(ctx, errors, async (tx) => {
    const appeal = await appeals.insertAppeal(tx, {
      ...values, subject: values.subject!, channel: 'OTHER', counterpartyId: ctx.partner.counterpartyId, registeredVia: 'PORTAL',
    });
    await appeals.insertAction(tx, {
      appealId: appeal.id, kind: 'REGISTERED', toStatus: appeal.status, personId: ctx.partner.personId, visibleToClient: true,
    });
    await publishChanges(tx, appealChange('CREATED', appeal));
    return appeal;
  });
}

/** The partner's comment on one of its appeals, shared with staff as a COMMENT action. */
export async function commentOnPartnerAppeal(ctx: PortalContext, input: { appealId: string; text: string }) {
  const errors = new InputErrors();
  const text = errors.text(['text'], input.text, { required: true, max: COMMENT_MAX });
  const appeal = await ownRecord(errors, 'appealId', input.appealId, 'Appeal', (key) => ctx.reads.load.appeal.load(key));
  if (!appeal || errors.any) return { appeal: null, ...failed(errors) };
  return writeAppeal(ctx, errors, async (tx) => {
    await appeals.insertAction(tx, {
      appealId: appeal.id, kind: 'COMMENT', description: text, personId: ctx.partner.personId, visibleToClient: true,
    });
    await publishChanges(tx, appealChange('COMMENTED', appeal));
    return appeal;
  });
}

/** A comment the partner wrote on a claim: an incoming note no employee is responsible for. */
export const isPartnerComment = (entry: Pick<ChronicleEntryRow, 'kind' | 'direction' | 'responsibleEmployeeId'>) =>
  entry.kind === 'NOTE' && entry.direction === 'INCOMING' && entry.responsibleEmployeeId === null;

/**
 * A claim the partner registers: the partner's own, REGISTERED, through the portal by the key's
 * person; the order and the contract it names must be the partner's. Its registration opens the
 * claim's chronicle, shared with the partner. Staff see it among all claims.
 */
export async function registerPartnerClaim(
  ctx: PortalContext,
  input: { essence: string; demand?: string | null; amountClaimed?: string | null; currency?: string | null; orderId?: string | null; contractId?: string | null },
) {
  const errors = new InputErrors();
  const values = claimFieldValues(errors, { essence: input.essence, demand: input.demand, amountClaimed: input.amountClaimed, currency: input.currency }, true);
  const registeredAt = new Date();
  checkClaim(errors, { ...values, registeredAt });
  const [order, contract] = await Promise.all([
    ownRecord(errors, 'orderId', input.orderId, 'Order', (key) => ctx.reads.load.order.load(key)),
    ownRecord(errors, 'contractId', input.contractId, 'Contract', (key) => ctx.reads.load.contract.load(key)),
  ]);
  if (errors.any) return { claim: null, ...failed(errors) };
  return writeClaim(ctx, errors, async (tx) => {
    const claim = await claims.insertClaim(tx, {
      ...values, essence: values.essence!, registeredAt, orderId: order?.id ?? null, contractId: contract?.id ?? null,
      counterpartyId: ctx.partner.counterpartyId, personId: ctx.partner.personId, registeredVia: 'PORTAL',
    });
    const entry = await insertEntry(tx, {
      counterpartyId: claim.counterpartyId, claimId: claim.id, personId: claim.personId, kind: 'EVENT', status: 'DONE', direction: 'INCOMING',
      happenedAt: registeredAt, subject: `Claim ${claim.number} registered: ${claim.essence}`.slice(0, 500), result: claim.demand, visibleToClient: true,
    });
    await publishChanges(tx, claimChange('CREATED', claim), entryChange('CREATED', entry));
    return claim;
  });
}

/** The partner's comment on one of its claims: an incoming note of the claim's chronicle, shared with the partner. */
export async function commentOnPartnerClaim(ctx: PortalContext, input: { claimId: string; text: string }) {
  const errors = new InputErrors();
  const text = errors.text(['text'], input.text, { required: true, max: COMMENT_MAX });
  const claim = await ownRecord(errors, 'claimId', input.claimId, 'Claim', (key) => ctx.reads.load.claim.load(key));
  if (!claim || errors.any) return { claim: null, ...failed(errors) };
  return writeClaim(ctx, errors, async (tx) => {
    const entry = await insertEntry(tx, {
      counterpartyId: claim.counterpartyId, claimId: claim.id, personId: ctx.partner.personId, kind: 'NOTE', status: 'DONE', direction: 'INCOMING',
      happenedAt: new Date(), subject: `Comment on claim ${claim.number}`, result: text, visibleToClient: true,
    });
    await publishChanges(tx, claimChange('COMMENTED', claim), entryChange('CREATED', entry));
    return claim;
  });
}

/**
 * The partner's own record an input's `field` names (by global id of `type`), or null, checked by
 * the shared reference rules: another partner's is as unknown as one that does not exist (NOT_FOUND).
 */
async function ownRecord<Row>(
  errors: InputErrors, field: string, id: string | null | undefined, type: string, load: (key: number) => Promise<Row | null>,
): Promise<Row | null> {
  const key = referenceKey(errors, [field], id, type);
  const row = key == null ? null : await load(key);
  requireFound(errors, [field], key, row, `record of yours`);
  return row;
}

/** The kinds of the partner's records it may attach files to, with the reads that find its own. */
const ATTACHABLE = {
  Appeal: { column: 'appealId', load: (ctx: PortalContext, key: number) => ctx.reads.load.appeal.load(key) },
  Claim: { column: 'claimId', load: (ctx: PortalContext, key: number) => ctx.reads.load.claim.load(key) },
} as const;

/** A file the partner attaches to one of its appeals or claims, streamed into the database in one transaction. */
export async function uploadPartnerAttachment(ctx: PortalContext, input: { ownerId: string; file: FileUpload }) {
  const errors = new InputErrors();
  const decoded = decodeGlobalId(input.ownerId);
  const kind = decoded && Object.hasOwn(ATTACHABLE, decoded.type) ? ATTACHABLE[decoded.type as keyof typeof ATTACHABLE] : null;
  if (!decoded) errors.add(['ownerId'], 'INVALID', `"${input.ownerId}" is not a global id.`);
  else if (!kind) errors.add(['ownerId'], 'WRONG_TYPE', 'Files are attached to your appeals and claims.');
  else if (!(await kind.load(ctx, decoded.key))) errors.add(['ownerId'], 'NOT_FOUND', 'None of your appeals or claims has this id.');
  if (errors.any) return { attachment: null, ...failed(errors) };
  const file = await input.file.open();
  const attachment = await writeInTransaction(ctx.db, errors, {}, (tx) =>
    storeFile(tx, errors, { column: kind!.column, key: decoded!.key }, file, ctx.attachments.maxUploadBytes, ctx.partner.apiKeyId));
  if (!attachment) return { attachment: null, ...failed(errors) };
  ctx.reads.load[kind!.column === 'appealId' ? 'appealAttachments' : 'claimAttachments'].clear(decoded!.key);
  return { attachment, userErrors: [] as PortalUserError[] };
}
