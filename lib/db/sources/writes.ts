import 'server-only';
import type { Prisma } from '../generated/client.ts';
import { sourceInputSchema } from '../../schemas/source.ts';
import type { Tx } from '../core/revisions.ts';
import { inTrash } from '../versioned/links.ts';
import { updateRecord } from '../versioned/writes.ts';
import { SOURCE_SPEC, type SourceDto } from './spec.ts';
import { LIVE } from '../core/visibility.ts';

// How events, relations and the import cite a source by what they know of it.

/** The normalised key of a source URL, as the database computes it (source_url_key). */
export async function urlKeyOf(tx: Tx, url: string): Promise<string> {
  const [{ key }] = await tx.$queryRaw<{ key: string }[]>`SELECT source_url_key(${url}) AS key`;
  return key;
}

/** The normalised keys of many URLs at once, by URL. */
export async function urlKeysOf(tx: Tx, urls: string[]): Promise<Map<string, string>> {
  const rows = urls.length
    ? await tx.$queryRaw<{ url: string; key: string }[]>`
        SELECT u AS url, source_url_key(u) AS key FROM unnest(${urls}::text[]) AS u`
    : [];
  return new Map(rows.map((r) => [r.url, r.key]));
}

/**
 * The id of the live source matching `same`, or null when there is none. One only in the
 * trash is refused on `field`, asking for a restore: a second copy would split its history
 * and citations.
 */
export async function liveSourceId(
  tx: Tx,
  same: Prisma.SourceWhereInput,
  name: string,
  field: string,
): Promise<number | null> {
  // A URL names its source by its normalised key: `https://X.org/a/?utm_source=y` is `https://x.org/a`.
  if (typeof same.url === 'string') same = { urlKey: await urlKeyOf(tx, same.url) };
  const live = await tx.source.findFirst({
    where: { ...same, ...LIVE },
    select: { id: true },
  });
  if (live) return live.id;
  if (await tx.source.findFirst({ where: same, select: { id: true } }))
    throw inTrash(field, 'source', name);
  return null;
}

type Grade = Pick<SourceDto, 'reliability' | 'publishedAt'>;

/** Whether citing a source with this grade and date changes it (see regradeSource). */
export function needsRegrade(current: Grade, cited: Grade): boolean {
  // A citation without a grade has no opinion on it: the source keeps the grade it has.
  const reliability = cited.reliability ?? current.reliability;
  return (
    current.reliability !== reliability ||
    (!!cited.publishedAt && current.publishedAt !== cited.publishedAt)
  );
}

/**
 * A citation naming a known source with another grade or a date is a correction of the
 * source: saved through the source's own write, so every record citing it shows it and the
 * change leaves a revision.
 */
export async function regradeSource(
  tx: Tx,
  current: SourceDto,
  cited: Grade,
  userId: number | null,
): Promise<void> {
  if (!needsRegrade(current, cited)) return;
  const input = {
    ...sourceInputSchema.parse(SOURCE_SPEC.toInput(current)),
    reliability: cited.reliability ?? current.reliability,
    publishedAt: cited.publishedAt ?? current.publishedAt,
  };
  await updateRecord(SOURCE_SPEC, String(current.id), input, current.version, userId, { tx });
}
