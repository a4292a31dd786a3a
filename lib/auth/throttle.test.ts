import { describe, expect, test } from 'vitest';
import { MemoryFailureStore, REFUSE_AFTER, SLOW_AFTER, Throttle, WINDOW_MS } from './throttle.ts';

describe('Throttle', () => {
  test('allows the first attempts at once, then slows, then refuses with a retry time', async () => {
    let now = 1_000_000;
    const t = new Throttle(new MemoryFailureStore(), () => now);
    for (let i = 0; i < SLOW_AFTER; i++) {
      expect(await t.check(['ip:1'])).toEqual({ delayMs: 0 });
      await t.fail(['ip:1']);
    }
    expect(await t.check(['ip:1'])).toEqual({ delayMs: 250 });
    for (let i = SLOW_AFTER; i < REFUSE_AFTER; i++) await t.fail(['ip:1']);
    const refused = await t.check(['ip:1']);
    expect(refused).toEqual({ retryAfterSeconds: WINDOW_MS / 1000 });
    expect(await t.check(['ip:2'])).toEqual({ delayMs: 0 });
    now += WINDOW_MS + 1;
    expect(await t.check(['ip:1'])).toEqual({ delayMs: 0 });
  });

  test('a success clears the account and address', async () => {
    const t = new Throttle(new MemoryFailureStore(), () => 0);
    for (let i = 0; i < REFUSE_AFTER; i++) await t.fail(['acct:a']);
    expect(await t.check(['acct:a'])).toHaveProperty('retryAfterSeconds');
    await t.succeed(['acct:a']);
    expect(await t.check(['acct:a'])).toEqual({ delayMs: 0 });
  });
});
