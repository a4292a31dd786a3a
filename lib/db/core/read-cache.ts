import 'server-only';
import { LRUCache } from 'lru-cache';
import { getReaderDataFingerprint } from './fingerprint.ts';

// Results of public reads, kept per data version: any committed write bumps the version
// (see fingerprint.ts), so a cached result is never served after the data it came from
// changed. The version is read before the data, so at worst a result newer than its key
// is kept, never an older one. Each process keeps its own cache; nothing is shared.

const MAX_BYTES = 64 * 1024 * 1024;

const cache = new LRUCache<string, { value: unknown }, () => Promise<unknown>>({
  maxSize: MAX_BYTES,
  // Rough size in memory; only to bound the cache.
  sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.value)?.length ?? 1),
  // Concurrent requests for the same key share one load.
  fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
});

/**
 * `load` with its results cached per data version and arguments (which must be JSON).
 * Results are shared between requests: callers must not mutate them.
 */
export function cachedPerDataVersion<A extends unknown[], T>(
  name: string,
  load: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  return async (...args: A) => {
    const version = await getReaderDataFingerprint();
    const entry = await cache.fetch(`${version}|${name}|${JSON.stringify(args)}`, {
      context: () => load(...args),
    });
    return entry!.value as T;
  };
}

interface Recent {
  value: unknown;
  version: string;
  madeAt: number;
  making?: Promise<unknown>;
}

/**
 * For results that only guide a drawing (the network's layout anchors), costly to make and
 * harmless when one change behind: the last result made for the same arguments answers at
 * once while the current version's is made in the background, at most once every
 * `minIntervalMs`. Only the first call ever (per process and arguments) waits.
 */
export function cachedRecentPerDataVersion<A extends unknown[], T>(
  name: string,
  load: (...args: A) => Promise<T>,
  minIntervalMs = 60_000,
): (...args: A) => Promise<T> {
  const recent = new Map<string, Recent>();
  return async (...args: A) => {
    const version = await getReaderDataFingerprint();
    const key = `${name}|${JSON.stringify(args)}`;
    const entry = recent.get(key);
    if (entry?.version === version) return entry.value as T;
    const make = () => {
      const making = load(...args).then(
        (value) => {
          recent.set(key, { value, version, madeAt: Date.now() });
          return value;
        },
        (err) => {
          if (entry) entry.making = undefined;
          throw err;
        },
      );
      if (entry) entry.making = making;
      return making;
    };
    if (!entry) return (await make()) as T;
    if (!entry.making && Date.now() - entry.madeAt >= minIntervalMs) make().catch(() => {}); // the next call tries again
    return entry.value as T;
  };
}
