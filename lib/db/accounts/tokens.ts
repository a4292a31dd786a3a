import 'server-only';
import { randomBytes } from 'node:crypto';
import { NotFound } from '../../errors.ts';
import { hashToken } from './auth.ts';
import { getDb } from '../core/client.ts';

interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  readOnly: boolean;
}

/** Makes a token for a user. The token itself is returned once; only its SHA-256 is stored. */
export async function createApiToken(
  userId: number,
  name: string,
  expiresAt: Date | null,
  readOnly = false,
): Promise<{ token: string; row: ApiTokenRow }> {
  const token = `at_${randomBytes(32).toString('base64url')}`;
  const created = await getDb().apiToken.create({
    data: {
      userId,
      name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 10),
      expiresAt,
      readOnly,
    },
  });
  return { token, row: toRow(created) };
}

function toRow(t: {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  readOnly: boolean;
}): ApiTokenRow {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    readOnly: t.readOnly,
  };
}

/** One of the user's own tokens (for the revoke confirmation), or null. */
export async function getApiToken(userId: number, id: number): Promise<ApiTokenRow | null> {
  const row = await getDb().apiToken.findFirst({ where: { id, userId } });
  return row ? toRow(row) : null;
}

export async function listApiTokens(userId: number): Promise<ApiTokenRow[]> {
  const rows = await getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map(toRow);
}

/** Revokes one of the user's own tokens; it stops working on the next request. */
export async function revokeApiToken(userId: number, id: number): Promise<void> {
  const { count } = await getDb().apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFound('Token');
}
