import 'server-only';
import bcrypt from 'bcryptjs';
import { createHash } from 'node:crypto';
import { getDb } from '../core/client.ts';
import type { Role } from '../../schemas/enums.ts';

interface ActiveUser {
  id: number;
  role: Role;
  email: string;
  name: string;
}

const userSelect = { id: true, role: true, email: true, name: true } as const;

// A real hash to compare against when the account does not exist, so a wrong e-mail
// takes as long as a wrong password and does not reveal which accounts exist.
const DUMMY_HASH = '$2b$12$AD8hsv16vvleWn4t2VUNE.fe8hfBZgvXY/vJzNql3fsKzk7JVKg4.';

/** The account for an e-mail and password, or null (wrong either way, or disabled). */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<(ActiveUser & { sessionVersion: number }) | null> {
  const user = await getDb().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...userSelect, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabledAt) return null;
  return {
    id: user.id,
    role: user.role,
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
  };
}

/**
 * Re-read on every request, so a disabled account or a changed role takes effect at once.
 * A session signed in before the account's session version last rose (sign-out, password
 * reset, role change, disabling) no longer matches and gets nobody.
 */
export async function getActiveUser(
  id: number,
  sessionVersion: number,
): Promise<ActiveUser | null> {
  return getDb().user.findFirst({
    where: { id, disabledAt: null, sessionVersion },
    select: userSelect,
  });
}

/**
 * Ends every session of the account. With `sessionVersion` (next-auth's sign-out, given the
 * token being signed out), only if that token is still current: replaying an old cookie at
 * the sign-out route cannot sign the account out of its newer sessions.
 */
export async function endSessions(userId: number, sessionVersion?: number): Promise<void> {
  await getDb().user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The owner of a live API token (not revoked, not expired, account not disabled), and
 * whether the token is read-only.
 */
export async function getUserByApiToken(
  token: string,
): Promise<{ user: ActiveUser; readOnly: boolean } | null> {
  const now = new Date();
  const row = await getDb().apiToken.findFirst({
    where: {
      tokenHash: hashToken(token),
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      user: { disabledAt: null },
    },
    select: { id: true, readOnly: true, user: { select: userSelect } },
  });
  if (!row) return null;
  await getDb().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { user: row.user, readOnly: row.readOnly };
}
