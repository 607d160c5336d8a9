import type { Context } from '../../context.js';
import type { AttachmentOwnerColumn, AttachmentRow } from '../../db/schema/index.js';
import { requireWriter, type Viewer } from '../auth/viewer.js';

/**
 * The kinds of records files are attached to, by their GraphQL type (the type in the owner's
 * global id). A kind is the column of `attachments` that points at its records (declared in
 * `src/db/schema/attachments.ts`) and how its record is read by key: adding a kind is its column
 * there and two lines here. Attaching a file needs a writer's key unless the kind says otherwise
 * (`requireAttach`); reading follows `mayReadOwner`.
 */
export interface OwnerKind<Row> {
  column: AttachmentOwnerColumn;
  /** The owning record by key, through the request's loaders; null when there is none. */
  load(ctx: Context, key: number): Promise<Row | null>;
  /** Throws FORBIDDEN unless the viewer may attach files to (or delete them from) the record; default `requireWriter`. */
  requireAttach?(viewer: Viewer, row: Row): void;
}

/** A kind with its row type checked, then erased: the registry holds kinds of every row type. */
const ownerKind = <Row>(kind: OwnerKind<Row>) => kind as unknown as OwnerKind<unknown>;

export const ATTACHMENT_OWNERS: Readonly<Record<string, OwnerKind<unknown>>> = {
  Appeal: ownerKind({
    column: 'appealId', load: (ctx, key) => ctx.loaders.appeals.byId.load(key)}),
  Claim: ownerKind({
    column: 'claimId', load: (ctx, key) => ctx.loaders.claims.byId.load(key)}),
};

/** A record files belong to: its GraphQL type and key. */
export interface AttachmentOwner {
  type: string;
  key: number;
}

/** The record `attachment` belongs to: the one owner column set. */
export function ownerOf(attachment: AttachmentRow): AttachmentOwner {
  for (const [type, kind] of Object.entries(ATTACHMENT_OWNERS)) {
    const key = attachment[kind.column];
    if (key !== null) return { type, key };
  }
  throw new Error(`Attachment ${attachment.id} has no owner.`);
}

export const ownerKindOf = (type: string): OwnerKind<unknown> | undefined => ATTACHMENT_OWNERS[type];

const STAFF_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'MANAGER', 'VIEWER']);

/**
 * Whether the request's staff viewer may read `owner`'s record, and so its files: a staff key of
 * any role reads every record the staff API serves. A partner's key reads the files the portal's
 * partner-bound reads find (see `readableAttachment` in attachments.http.ts).
 */
export async function mayReadOwner(ctx: Context, _owner: AttachmentOwner): Promise<boolean> {
  return STAFF_ROLES.has(ctx.viewer.role);
}

/** Throws FORBIDDEN unless `viewer` may attach files to `row` of `kind`, or delete them. */
export const requireAttach = (kind: OwnerKind<unknown>, viewer: Viewer, row: unknown) =>
  (kind.requireAttach ?? requireWriter)(viewer, row as never);
