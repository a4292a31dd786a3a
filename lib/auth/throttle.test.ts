import { describe, expect, test } from 'vitest';
import { REFUSE_AFTER, SLOW_AFTER, Throttle, WINDOW_MS } from './throttle.ts';

describe('Throttle', () => {
  test('allows the first attempts at once, then slows, then refuses with a retry time', () => {
    let now = 1_000_000;
    const t = new Throttle(() => now);
    for (let i = 0; i < SLOW_AFTER; i++) {
      expect(t.check(['ip:1'])).toEqual({ delayMs: 0 });
      t.fail(['ip:1']);
    }
    expect(t.check(['ip:1'])).toEqual({ delayMs: 250 });
    for (let i = SLOW_AFTER; i < REFUSE_AFTER; i++) t.fail(['ip:1']);
    const refused = t.check(['ip:1']);
    expect(refused).toEqual({ retryAfterSeconds: WINDOW_MS / 1000 });
    expect(t.check(['ip:2'])).toEqual({ delayMs: 0 });
    now += WINDOW_MS + 1;
    expect(t.check(['ip:1'])).toEqual({ delayMs: 0 });
  });

  test('a success clears the account and address', () => {
    const t = new Throttle(() => 0);
    for (let i = 0; i < REFUSE_AFTER; i++) t.fail(['acct:a']);
    expect(t.check(['acct:a'])).toHaveProperty('retryAfterSeconds');
    t.succeed(['acct:a']);
    expect(t.check(['acct:a'])).toEqual({ delayMs: 0 });
  });
});
