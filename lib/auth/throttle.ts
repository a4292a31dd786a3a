/**
 * Sign-in throttling: a sliding window of failed attempts per key (an IP address or an
 * account). After SLOW_AFTER failures each attempt waits longer; after REFUSE_AFTER it is
 * refused with a Retry-After until the oldest failure leaves the window.
 *
 * Each attempt is recorded as a failure before it is judged, and the count it is judged by
 * includes itself: a burst of parallel attempts cannot all be judged against the count from
 * before any of them (each sees at least the attempts recorded before it, so at most
 * REFUSE_AFTER get through). A refused attempt is taken back, so hammering a locked key
 * does not keep it locked; a success clears its keys.
 *
 * The failures live in a store: in memory for tests, in the database for the app
 * (lib/db/accounts/sign-in-failures.ts), so the limits hold across every web server process.
 */
export const WINDOW_MS = 15 * 60_000;
export const SLOW_AFTER = 3;
export const REFUSE_AFTER = 10;

export interface FailureStore {
  /** Times (epoch ms) of each key's failures after `since`, oldest first, by key. */
  recent(keys: string[], since: number): Promise<Map<string, number[]>>;
  /**
   * Records a failure at `at` for each key, forgetting that key's failures before `since`;
   * returns what `remove` needs to take these records back.
   */
  add(keys: string[], at: number, since: number): Promise<number[]>;
  remove(records: number[]): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

export class MemoryFailureStore implements FailureStore {
  private failures = new Map<string, { id: number; at: number }[]>();
  private nextId = 1;
  async recent(keys: string[], since: number) {
    return new Map(
      keys.map((k) => [
        k,
        (this.failures.get(k) ?? []).filter((f) => f.at > since).map((f) => f.at),
      ]),
    );
  }
  async add(keys: string[], at: number, since: number) {
    const ids: number[] = [];
    for (const k of keys) {
      const id = this.nextId++;
      ids.push(id);
      this.failures.set(k, [
        ...(this.failures.get(k) ?? []).filter((f) => f.at > since),
        { id, at },
      ]);
    }
    return ids;
  }
  async remove(records: number[]) {
    for (const [k, list] of this.failures)
      this.failures.set(
        k,
        list.filter((f) => !records.includes(f.id)),
      );
  }
  async clear(keys: string[]) {
    for (const k of keys) this.failures.delete(k);
  }
}

type Verdict = { retryAfterSeconds: number } | { delayMs: number };

export class Throttle {
  constructor(
    private store: FailureStore = new MemoryFailureStore(),
    private now: () => number = Date.now,
  ) {}

  /**
   * Before checking a password: records the attempt as a failure, then refuses it (seconds
   * to wait; the attempt is taken back) or allows it after a delay in ms.
   */
  async attempt(keys: string[]): Promise<Verdict> {
    const now = this.now();
    const since = now - WINDOW_MS;
    const records = await this.store.add(keys, now, since);
    const byKey = await this.store.recent(keys, since);
    let delayMs = 0;
    for (const recent of byKey.values()) {
      const before = recent.length - 1;
      if (before >= REFUSE_AFTER) {
        await this.store.remove(records);
        return {
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000)),
        };
      }
      if (before >= SLOW_AFTER)
        delayMs = Math.max(delayMs, Math.min(5_000, 250 * 2 ** (before - SLOW_AFTER)));
    }
    return { delayMs };
  }

  /** The attempt signed in: its keys start afresh. */
  succeed(keys: string[]): Promise<void> {
    return this.store.clear(keys);
  }
}
