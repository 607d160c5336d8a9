import type { AppealRow } from '../../db/schema/index.js';
import { MAX_PAGE_SIZE } from '../../lib/connection.js';
import { badInput } from '../../lib/errors.js';
import { decodeGlobalId, keyOf } from '../../lib/global-id.js';
import { InputErrors, type UserError } from '../../lib/user-errors.js';
import { writeInTransaction } from '../../lib/write.js';
import * as appeals from '../appeals/appeals.repository.js';
import { appealFieldValues } from '../appeals/appeals.service.js';
import type { PortalContext } from './portal.context.js';

/** A staff type whose portal type has another name: the partner's counterparty is its `Organisation`. */
const PORTAL_TYPE_NAMES: Record<string, string> = { Counterparty: 'Organisation' };

/**
 * The partner's record behind a global id, tagged with its portal type, or null when nothing of
 * the partner's has it: another partner's id, a guessed one, or a type the portal does not show.
 */
export async function portalNode(ctx: PortalContext, id: string, field: string[]): Promise<never> {
  const decoded = decodeGlobalId(id);
  if (!decoded) throw badInput(`"${id}" is not a global id.`, field);
  const row = await ctx.reads.node(decoded.type, decoded.key);
  return (row && { __typename: PORTAL_TYPE_NAMES[decoded.type] ?? decoded.type, ...row }) as never;
}

export function portalNodes(ctx: PortalContext, ids: readonly string[]): Promise<never[]> {
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`"ids" may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`, ['ids']);
  return Promise.all(ids.map((id, index) => portalNode(ctx, id, ['ids', String(index)])));
}

export async function organisation(ctx: PortalContext) {
  const row = await ctx.reads.organisation();
  // The key's counterparty is referenced by the key, so it exists for as long as the key does.
  if (!row) throw new Error(`The counterparty of partner key #${ctx.partner.apiKeyId} is missing.`);
  return row;
}

export async function productName(ctx: PortalContext, productId: number) {
  const row = await ctx.reads.load.product.load(productId);
  if (!row) throw new Error(`Product #${productId} of a partner's document is missing.`);
  return row;
}

const COMMENT_MAX = 5000;

/** The user-error codes the portal's schema has: its writes check nothing that needs another. */
const PORTAL_CODES = ['REQUIRED', 'INVALID', 'TOO_LONG', 'OUT_OF_RANGE', 'NOT_FOUND', 'WRONG_TYPE', 'DUPLICATE', 'INVALID_STATE'] as const;
type PortalUserError = UserError & { code: (typeof PORTAL_CODES)[number] };

/** A refused portal write's answer: nothing written, the errors on their fields. */
function failed(errors: InputErrors): { userErrors: PortalUserError[] } {
  const unexpected = errors.list.find((error) => !(PORTAL_CODES as readonly string[]).includes(error.code));
  if (unexpected) throw new Error(`A portal write reported ${unexpected.code}, which the portal schema lacks.`);
  return { userErrors: errors.list as PortalUserError[] };
}

/** Writes an appeal change of the partner and answers its payload. */
async function writeAppeal(ctx: PortalContext, errors: InputErrors, write: Parameters<typeof writeInTransaction<AppealRow>>[3]) {
  const appeal = await writeInTransaction(ctx.db, errors, appeals.uniqueFields, write);
  if (!appeal) return failed(errors);
  ctx.reads.load.appeal.clear(appeal.id).prime(appeal.id, appeal);
  ctx.reads.load.appealActions.clear(appeal.id);
  return { appeal, userErrors: [] as PortalUserError[] };
}

/**
 * An appeal the partner registers: the partner's own, NEW, registered through the portal by the
 * key's person, with its registration visible to the partner. Staff see it among all appeals.
 */
export async function registerPartnerAppeal(ctx: PortalContext, input: { subject: string; text?: string | null }) {
  const errors = new InputErrors();
  const values = appealFieldValues(errors, { subject: input.subject, text: input.text, channel: 'OTHER', importance: 'NORMAL' }, true);
  if (errors.any) return failed(errors);
  return writeAppeal(ctx, errors, async (tx) => {
    const appeal = await appeals.insertAppeal(tx, {
      ...values, subject: values.subject!, channel: 'OTHER', counterpartyId: ctx.partner.counterpartyId, registeredVia: 'PORTAL',
    });
    await appeals.insertAction(tx, {
      appealId: appeal.id, kind: 'REGISTERED', toStatus: appeal.status, personId: ctx.partner.personId, visibleToClient: true,
    });
    return appeal;
  });
}

/** The partner's comment on one of its appeals, shared with staff as a COMMENT action. */
export async function commentOnPartnerAppeal(ctx: PortalContext, input: { appealId: string; text: string }) {
  const errors = new InputErrors();
  const text = errors.text(['text'], input.text, { required: true, max: COMMENT_MAX });
  const key = keyOf(input.appealId, 'Appeal');
  // Another partner's appeal is as unknown here as one that does not exist.
  const appeal = key === null ? null : await ctx.reads.load.appeal.load(key);
  if (!appeal) errors.add(['appealId'], key === null ? 'INVALID' : 'NOT_FOUND', 'None of your appeals has this id.');
  if (errors.any) return failed(errors);
  return writeAppeal(ctx, errors, async (tx) => {
    await appeals.insertAction(tx, {
      appealId: appeal!.id, kind: 'COMMENT', description: text, personId: ctx.partner.personId, visibleToClient: true,
    });
    return appeal!;
  });
}
