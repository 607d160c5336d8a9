import type { Context } from '../../context.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { createApiKey } from './api-keys.service.js';
import { requireRole } from './viewer.js';

const NAME_MAX = 200;

/**
 * A PARTNER key for the portal, tied to a counterparty and, when given, to a person holding a
 * position there (who its appeals and claims are registered by). ADMIN only.
 */
export async function createPartnerApiKey(ctx: Context, input: { name: string; counterpartyId: string; personId?: string | null }) {
  requireRole(ctx.viewer, 'ADMIN');
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
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
  if (errors.any) return { ...failed(errors), key: null };
  const { key, row } = await createApiKey(ctx.db, { name: name!, role: 'PARTNER', counterpartyId: counterparty!.id, personId: person?.id ?? null });
  return { apiKey: row, key, userErrors: [] };
}
