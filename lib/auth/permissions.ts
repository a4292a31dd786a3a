import { Forbidden, Unauthenticated } from '../errors.ts';

import type { Role } from '../schemas/enums.ts';

export type { Role };
export interface CurrentUser {
  id: number;
  role: Role;
  email: string;
  name: string;
}

/** The one table of who may do what. A write names its permission; nothing else decides. */
const PERMISSIONS = {
  'events.write': ['editor', 'admin'],
  'events.publish': ['editor', 'admin'],
  'relations.write': ['editor', 'admin'],
  'sources.write': ['editor', 'admin'],
  'quotes.write': ['editor', 'admin'],
  'actors.write': ['editor', 'admin'],
  'tags.write': ['editor', 'admin'],
  'trade.write': ['editor', 'admin'],
  'estimates.write': ['editor', 'admin'],
  'eras.write': ['editor', 'admin'],
  'links.write': ['editor', 'admin'],
  'import.run': ['editor', 'admin'],
  'tokens.manage': ['editor', 'admin'],
  'session.end': ['editor', 'admin'],
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: Pick<CurrentUser, 'role'> | null, permission: Permission): boolean {
  return user !== null && (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** Throws Unauthenticated (401) for nobody, Forbidden (403) for the wrong role. */
export function assertPermission(user: CurrentUser | null, permission: Permission): CurrentUser {
  if (!user) throw new Unauthenticated();
  if (!can(user, permission)) throw new Forbidden();
  return user;
}
