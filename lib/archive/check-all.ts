import 'server-only';
import { sourcesWithUrls } from '../db/sources/snapshots.ts';
import { checkAndRecord } from './archive-source.ts';
import type { FetchLimits } from './fetch.ts';

const PARALLEL = 4;

/**
 * Checks every live source's link, a few at a time (polite to the sites, light on the
 * machine), and records each answer. Returns the counts and the dead links found.
 */
export async function checkAllSourceLinks(limits: Partial<FetchLimits> = {}) {
  const sources = await sourcesWithUrls();
  const dead: { id: number; url: string; status: number | null; error: string | null }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const source = sources[next++];
      const check = await checkAndRecord(source.id, source.url, limits);
      if (check.dead)
        dead.push({ id: source.id, url: source.url, status: check.status, error: check.error });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { checked: sources.length, dead: dead.sort((a, b) => a.id - b.id) };
}
