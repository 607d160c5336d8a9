import type { Context } from '../../context.js';
import type { PageArgs } from '../../lib/connection.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { writeInTransaction } from '../../lib/write.js';
import * as repository from './api-keys.repository.js';
import { createApiKey, forgetRevokedHere, revokeInTransaction } from './api-keys.service.js';
import { requireRole, type Role } from './viewer.js';

const NAME_MAX = 200;
const STAFF_ROLES: readonly string[] = ['ADMIN', 'MANAGER', 'VIEWER'];

/** What a key opens, as its kind checked it. */
type Grant =
  | { role: Role; employeeId: number | null }
  | { role: 'PARTNER'; counterpartyId: number; personId: number | null };

/**
 * Issues a key: what every key is checked for (ADMIN only, a name, an expiry in the future), then
 * what its kind checks (`grantOf` adds its errors, and answers the grant when it found none).
 * Nothing is written unless every field is right. `createApiKey`, `createPartnerApiKey` and
 * `npm run apikey -- create` all issue keys here; the key is in the answer, shown only then.
 */
async function issueKey(
  ctx: Context, input: { name: string; expiresAt?: Date | null }, grantOf: (errors: InputErrors) => Promise<Grant | null>,
) {
  requireRole(ctx.viewer, 'ADMIN');
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    errors.add(['expiresAt'], 'OUT_OF_RANGE', `expiresAt must be in the future; ${expiresAt.toISOString()} is past.`);
  }
  const grant = await grantOf(errors);
  if (errors.any || !grant) return { ...failed(errors), apiKey: null, key: null };
  // A reference deleted meanwhile becomes NOT_FOUND on its field.
  const created = await writeInTransaction(ctx.db, errors, {}, (tx) => createApiKey(tx, { ...grant, name: name!, expiresAt }));
  if (!created) return { ...failed(errors), apiKey: null, key: null };
  ctx.loaders.apiKeys.byId.prime(created.row.id, created.row);
  return { apiKey: created.row, key: created.key, userErrors: [] };
}

/** A staff key (ADMIN, MANAGER or VIEWER), acting for an active employee when one is named. ADMIN only. */
export function createStaffApiKey(ctx: Context, input: { name: string; role: Role; employeeId?: string | null; expiresAt?: Date | null }) {
  return issueKey(ctx, input, async (errors) => {
    if (!STAFF_ROLES.includes(input.role)) errors.add(['role'], 'INVALID', `role must be one of ${STAFF_ROLES.join(', ')}; a PARTNER key is made with createPartnerApiKey.`);
    const employeeId = referenceKey(errors, ['employeeId'], input.employeeId, 'Employee');
    const employee = employeeId != null ? await ctx.loaders.catalogues.employeeById.load(employeeId) : null;
    requireFound(errors, ['employeeId'], employeeId, employee, 'employee');
    if (employee && !employee.active) errors.add(['employeeId'], 'INVALID_STATE', 'This employee is not active; a key cannot act for them.');
    return errors.any ? null : { role: input.role, employeeId: employee?.id ?? null };
  });
}

/**
 * A PARTNER key for the portal, tied to a counterparty and, when given, to a person holding a
 * position there (who its appeals and claims are registered by). ADMIN only.
 */
export function createPartnerApiKey(ctx: Context, input: { name: string; counterpartyId: string; personId?: string | null; expiresAt?: Date | null }) {
  return issueKey(ctx, input, async (errors) => {
    const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
    const personId = referenceKey(errors, ['personId'], input.personId, 'Person');
    const [counterparty, person, positions] = await Promise.all([
      counterpartyId != null ? ctx.loaders.counterparties.byId.load(counterpartyId) : null,
      personId != null ? ctx.loaders.persons.byId.load(personId) : null,
      personId != null ? ctx.loaders.persons.positionsByPersonId.load(personId) : [],
    ]);
    requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
    requireFound(errors, ['personId'], personId, person, 'person');
    if (counterparty?.archivedAt) errors.add(['counterpartyId'], 'INVALID_STATE', 'This counterparty is archived; restore it before giving it a portal key.');
    if (person && counterparty && !positions.some((position) => position.counterpartyId === counterparty.id)) {
      errors.add(['personId'], 'INVALID', 'This person holds no position at the counterparty.');
    }
    return errors.any || !counterparty ? null : { role: 'PARTNER', counterpartyId: counterparty.id, personId: person?.id ?? null };
  });
}

/** The keys matching `where`, newest first. ADMIN only. */
export function listKeys(ctx: Context, where: { role?: Role | 'PARTNER' | null; revoked?: boolean | null; expired?: boolean | null } | null | undefined, page: PageArgs) {
  requireRole(ctx.viewer, 'ADMIN');
  return repository.listKeys(ctx.db, {
    role: where?.role ?? undefined, revoked: where?.revoked ?? undefined, expired: where?.expired ?? undefined,
  }, page);
}

/**
 * Revokes a key, for every process at once (see `revokeInTransaction`). ADMIN only; the last
 * working ADMIN key stays, so that the API is never left without a key that can issue keys.
 */
export async function revokeKey(ctx: Context, input: { id: string }) {
  requireRole(ctx.viewer, 'ADMIN');
  const errors = new InputErrors();
  const id = referenceKey(errors, ['id'], input.id, 'ApiKey');
  if (errors.any || id == null) return { ...failed(errors), apiKey: null };
  const revoked = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    // Locked first: concurrent revocations of the last two ADMIN keys see each other's.
    const workingAdmins = await repository.lockWorkingAdminKeys(tx);
    const [key] = await repository.keysByIds(tx, [id]);
    if (!key) {
      errors.add(['id'], 'NOT_FOUND', 'No API key has this id.');
    } else if (key.revokedAt) {
      errors.add(['id'], 'INVALID_STATE', `This key was already revoked at ${key.revokedAt.toISOString()}.`);
    } else if (workingAdmins.length === 1 && workingAdmins[0] === id) {
      errors.add(['id'], 'INVALID_STATE', 'This is the last working ADMIN key; create another ADMIN key before revoking it.');
    }
    return errors.any ? null : revokeInTransaction(tx, id);
  });
  if (!revoked) return { ...failed(errors), apiKey: null };
  forgetRevokedHere(revoked.id);
  ctx.loaders.apiKeys.byId.clear(revoked.id).prime(revoked.id, revoked);
  return { apiKey: revoked, userErrors: [] };
}
