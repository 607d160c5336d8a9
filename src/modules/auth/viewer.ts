import { forbidden } from '../../lib/errors.js';

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
