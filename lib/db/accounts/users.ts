import 'server-only';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import type { Db } from '../core/client.ts';

/** bcrypt cost: ~250 ms a hash on this machine, slow enough to blunt guessing. */
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/**
 * Creates the first admin when no account exists yet. With no password given, one is
 * generated and returned so the caller can print it once; it is never stored in clear.
 */
export async function ensureFirstAdmin(
  db: Db,
  admin: { email: string; password?: string },
): Promise<{ email: string; generatedPassword?: string; created: boolean }> {
  if ((await db.user.count()) > 0) return { email: admin.email, created: false };
  const generatedPassword = admin.password ? undefined : randomBytes(15).toString('base64url');
  const password = admin.password ?? generatedPassword!;
  await db.user.create({
    data: {
      email: admin.email.toLowerCase(),
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
    },
  });
  return { email: admin.email, generatedPassword, created: true };
}
