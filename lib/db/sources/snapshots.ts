import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE, PUBLIC_SOURCE } from '../core/visibility.ts';

// Archived copies of sources' pages and the last check of each source's link. The fetching
// is lib/archive/; these are the rows it keeps.

export interface SnapshotInput {
  sourceId: number;
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
  sha256: string;
  text: string;
}

const META = {
  id: true,
  sourceId: true,
  url: true,
  finalUrl: true,
  status: true,
  contentType: true,
  size: true,
  sha256: true,
  retrievedAt: true,
} as const;

export async function saveSnapshot(input: SnapshotInput) {
  const row = await getDb().sourceSnapshot.create({
    data: { ...input, body: new Uint8Array(input.body), size: input.body.length },
    select: META,
  });
  return { ...row, retrievedAt: row.retrievedAt.toISOString() };
}

/** The URL of a live source, for the archive and the link check; null when there is none. */
export async function sourceUrl(id: number): Promise<{ url: string | null } | null> {
  return getDb().source.findFirst({ where: { id, ...LIVE }, select: { url: true } });
}

/**
 * One archived copy with its body, for readers: only of a source readers may see (a source
 * cited only by drafts, or trashed, keeps its copies hidden).
 */
export async function getPublicSnapshot(id: number) {
  const row = await getDb().sourceSnapshot.findUnique({ where: { id } });
  if (!row) return null;
  const visible = await getDb().source.count({ where: { id: row.sourceId, ...PUBLIC_SOURCE } });
  return visible ? row : null;
}

/** The newest archived copy of each of these URLs, of sources readers may see (event pages). */
export async function latestSnapshotsByUrl(
  urls: string[],
): Promise<Map<string, { id: number; retrievedAt: string }>> {
  if (!urls.length) return new Map();
  // Only copies readers may open (/archive/<id> checks the same).
  const visible = await getDb().source.findMany({
    where: { url: { in: urls }, ...PUBLIC_SOURCE },
    select: { id: true },
  });
  const rows = await getDb().sourceSnapshot.findMany({
    where: { sourceId: { in: visible.map((v) => v.id) }, status: { lt: 400 } },
    orderBy: { retrievedAt: 'desc' },
    select: { id: true, url: true, retrievedAt: true },
  });
  const out = new Map<string, { id: number; retrievedAt: string }>();
  for (const r of rows)
    if (!out.has(r.url)) out.set(r.url, { id: r.id, retrievedAt: r.retrievedAt.toISOString() });
  return out;
}

export interface LinkCheckInput {
  sourceId: number;
  url: string;
  status: number | null;
  error: string | null;
  dead: boolean;
}

export async function recordLinkCheck(input: LinkCheckInput) {
  const data = { ...input, checkedAt: new Date() };
  const row = await getDb().sourceLinkCheck.upsert({
    where: { sourceId: input.sourceId },
    create: data,
    update: data,
  });
  return { ...row, checkedAt: row.checkedAt.toISOString() };
}

/** Live sources with a URL, for `npm run sources:check`. */
export async function sourcesWithUrls(): Promise<{ id: number; url: string }[]> {
  const rows = await getDb().source.findMany({
    where: { ...LIVE, url: { not: null } },
    select: { id: true, url: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ id: r.id, url: r.url! }));
}

/** The editor's link report: each live source with a URL, its last check and newest copy. */
export async function listSourceLinks() {
  const db = getDb();
  const [sources, checks, snapshots] = await Promise.all([
    db.source.findMany({
      where: { ...LIVE, url: { not: null } },
      select: { id: true, publisher: true, title: true, url: true },
      orderBy: { id: 'asc' },
    }),
    db.sourceLinkCheck.findMany(),
    db.sourceSnapshot.findMany({
      orderBy: { retrievedAt: 'desc' },
      select: { id: true, sourceId: true, retrievedAt: true, status: true },
    }),
  ]);
  const checkOf = new Map(checks.map((c) => [c.sourceId, c]));
  const copyOf = new Map<number, { id: number; retrievedAt: string }>();
  for (const s of snapshots)
    if (!copyOf.has(s.sourceId))
      copyOf.set(s.sourceId, { id: s.id, retrievedAt: s.retrievedAt.toISOString() });
  return sources.map((s) => {
    const check = checkOf.get(s.id);
    return {
      ...s,
      url: s.url!,
      check: check
        ? {
            status: check.status,
            error: check.error,
            dead: check.dead,
            checkedAt: check.checkedAt.toISOString(),
          }
        : null,
      copy: copyOf.get(s.id) ?? null,
    };
  });
}
