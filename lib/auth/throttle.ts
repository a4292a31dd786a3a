/**
 * Sign-in throttling: a sliding window of failed attempts per key (an IP address or an
 * account). After SLOW_AFTER failures each attempt waits longer; after REFUSE_AFTER it is
 * refused with a Retry-After until the oldest failure leaves the window.
 *
 * The failures live in a store: in memory for tests, in the database for the app
 * (lib/db/sign-in-failures.ts), so the limits hold across every web server process.
 */
export const WINDOW_MS = 15 * 60_000;
export const SLOW_AFTER = 3;
export const REFUSE_AFTER = 10;

export interface FailureStore {
  /** Times (epoch ms) of each key's failures after `since`, oldest first, by key. */
  recent(keys: string[], since: number): Promise<Map<string, number[]>>;
  /** Records a failure at `at` for each key, forgetting that key's failures before `since`. */
  add(keys: string[], at: number, since: number): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

export class MemoryFailureStore implements FailureStore {
  private failures = new Map<string, number[]>();
  async recent(keys: string[], since: number) {
    return new Map(keys.map((k) => [k, (this.failures.get(k) ?? []).filter((t) => t > since)]));
  }
  async add(keys: string[], at: number, since: number) {
    for (const k of keys)
      this.failures.set(k, [...(this.failures.get(k) ?? []).filter((t) => t > since), at]);
  }
  async clear(keys: string[]) {
    for (const k of keys) this.failures.delete(k);
  }
}

export class Throttle {
  constructor(
    private store: FailureStore = new MemoryFailureStore(),
    private now: () => number = Date.now,
  ) {}

  /** Before an attempt: refuse (seconds to wait) or allow after a delay in ms. */
  async check(keys: string[]): Promise<{ retryAfterSeconds: number } | { delayMs: number }> {
    let delayMs = 0;
    const byKey = await this.store.recent(keys, this.now() - WINDOW_MS);
    for (const recent of byKey.values()) {
      if (recent.length >= REFUSE_AFTER) {
        return {
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + WINDOW_MS - this.now()) / 1000)),
        };
      }
      if (recent.length >= SLOW_AFTER)
        delayMs = Math.max(delayMs, Math.min(5_000, 250 * 2 ** (recent.length - SLOW_AFTER)));
    }
    return { delayMs };
  }

  fail(keys: string[]): Promise<void> {
    return this.store.add(keys, this.now(), this.now() - WINDOW_MS);
  }

  succeed(keys: string[]): Promise<void> {
    return this.store.clear(keys);
  }
}
