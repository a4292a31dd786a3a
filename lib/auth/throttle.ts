/**
 * Sign-in throttling: a sliding window of failed attempts per key (an IP address or an
 * account). After SLOW_AFTER failures each attempt waits longer; after REFUSE_AFTER it is
 * refused with a Retry-After until the oldest failure leaves the window.
 *
 * In memory, per process: enough for one web server. Behind several servers the limits
 * apply per server (a shared store such as a database table would make them global).
 */
export const WINDOW_MS = 15 * 60_000;
export const SLOW_AFTER = 3;
export const REFUSE_AFTER = 10;

export class Throttle {
  private failures = new Map<string, number[]>();
  constructor(private now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Before an attempt: refuse (seconds to wait) or allow after a delay in ms. */
  check(keys: string[]): { retryAfterSeconds: number } | { delayMs: number } {
    let delayMs = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= REFUSE_AFTER) {
        return { retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + WINDOW_MS - this.now()) / 1000)) };
      }
      if (recent.length >= SLOW_AFTER) delayMs = Math.max(delayMs, Math.min(5_000, 250 * 2 ** (recent.length - SLOW_AFTER)));
    }
    return { delayMs };
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}

/** The process's sign-in throttle. */
export const signInThrottle = new Throttle();
