import { forbidden } from '../../lib/errors.js';

/** What a staff key may do on the staff API (`/graphql`). */
export type Role = 'ADMIN' | 'MANAGER' | 'VIEWER';

/**
 * Who is making a request. Every service function takes it, so that who may see and change what
 * is decided in one place per module, and scoping a partner to its own data changes no resolver.
 */
export interface Viewer {
  apiKeyId: number;
  role: Role;
  /** The employee the key acts for, when it belongs to one. */
  employeeId: number | null;
  /** That employee's time zone, which the request's "today" is taken in. */
  timeZone?: string | null;
}

/**
 * A partner's key, for the partner portal (`/portal/graphql`) only: it acts for one counterparty
 * (and one person of it, when given), and every portal read takes that counterparty's id.
 */
export interface PartnerViewer {
  apiKeyId: number;
  role: 'PARTNER';
  counterpartyId: number;
  personId: number | null;
}

/** Whoever an API key belongs to: staff (a `Viewer`) or a partner. */
export type KeyHolder = Viewer | PartnerViewer;

/** The staff API's viewer: a partner key is refused there. */
export function staffViewer(holder: KeyHolder): Viewer {
  if (holder.role === 'PARTNER') throw forbidden('A partner key opens only the partner portal (/portal/graphql).');
  return holder;
}

/** The portal's viewer: a staff key is refused there. */
export function partnerViewer(holder: KeyHolder): PartnerViewer {
  if (holder.role !== 'PARTNER') throw forbidden('The partner portal takes only partner keys; staff keys open /graphql.');
  return holder;
}

const rank: Record<Role, number> = { VIEWER: 0, MANAGER: 1, ADMIN: 2 };

/** Throws FORBIDDEN unless the viewer's role is at least `role`. */
export function requireRole(viewer: Viewer, role: Role): void {
  if (rank[viewer.role] < rank[role]) {
    throw forbidden(`This needs the ${role} role; your key has the ${viewer.role} role.`);
  }
}

/** Changing the register needs a MANAGER key or better. */
export const requireWriter = (viewer: Viewer) => requireRole(viewer, 'MANAGER');
