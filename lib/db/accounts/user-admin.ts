import 'server-only';
import { InvalidInput, LastAdmin, NotFound } from '../../errors.ts';
import { getDb } from '../core/client.ts';
import type { Tx } from '../core/revisions.ts';
import { hashPassword } from './users.ts';
import type { Role } from '../../schemas/enums.ts';

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await getDb().user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  return rows.map((u) => ({ ...u, disabledAt: u.disabledAt?.toISOString() ?? null }));
}

export async function createUser(input: {
  email: string;
  name: string;
  role: Role;
  password: string;
}): Promise<void> {
  if (await getDb().user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw new InvalidInput({ email: 'An account with this e-mail exists' });
  await getDb().user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
  });
}

/** Refuses a change that would leave no active admin. Runs inside the change's transaction. */
async function assertAdminRemains(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({
    where: { role: 'admin', disabledAt: null, id: { not: userId } },
  });
  if (others === 0) throw new LastAdmin();
}

export async function setUserRole(id: number, role: Role): Promise<void> {
  await getDb().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
      if (!user) throw new NotFound('Account');
      if (user.role === role) return;
      if (user.role === 'admin' && role !== 'admin') await assertAdminRemains(tx, id);
      // The account's sessions end: it signs in again under its new role.
      await tx.user.update({ where: { id }, data: { role, sessionVersion: { increment: 1 } } });
    },
    { isolationLevel: 'Serializable' },
  );
}

/**
 * Disabled accounts lose access on their next request (sessions and tokens alike). Their
 * sessions also end for good, so enabling the account again does not revive them.
 */
export async function setUserDisabled(id: number, disabled: boolean): Promise<void> {
  await getDb().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
      if (!user) throw new NotFound('Account');
      if (disabled && user.role === 'admin') await assertAdminRemains(tx, id);
      await tx.user.update({
        where: { id },
        data: disabled
          ? { disabledAt: new Date(), sessionVersion: { increment: 1 } }
          : { disabledAt: null },
      });
    },
    { isolationLevel: 'Serializable' },
  );
}

/** A new password ends every session signed in with the old one. */
export async function resetPassword(id: number, password: string): Promise<void> {
  const { count } = await getDb().user.updateMany({
    where: { id },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new NotFound('Account');
}
