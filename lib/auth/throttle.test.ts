import { describe, expect, test } from 'vitest';
import { MemoryFailureStore, REFUSE_AFTER, SLOW_AFTER, Throttle, WINDOW_MS } from './throttle.ts';

describe('Throttle', () => {
  test('allows the first attempts at once, then slows, then refuses with a retry time', async () => {
    let now = 1_000_000;
    const t = new Throttle(new MemoryFailureStore(), () => now);
    for (let i = 0; i < SLOW_AFTER; i++) expect(await t.attempt(['ip:1'])).toEqual({ delayMs: 0 });
    expect(await t.attempt(['ip:1'])).toEqual({ delayMs: 250 });
    for (let i = SLOW_AFTER + 1; i < REFUSE_AFTER; i++) await t.attempt(['ip:1']);
    const refused = await t.attempt(['ip:1']);
    expect(refused).toEqual({ retryAfterSeconds: WINDOW_MS / 1000 });
    expect(await t.attempt(['ip:2'])).toEqual({ delayMs: 0 });
    now += WINDOW_MS + 1;
    expect(await t.attempt(['ip:1'])).toEqual({ delayMs: 0 });
  });

  test('a success clears the account and address', async () => {
    const t = new Throttle(new MemoryFailureStore(), () => 0);
    for (let i = 0; i < REFUSE_AFTER; i++) await t.attempt(['acct:a']);
    expect(await t.attempt(['acct:a'])).toHaveProperty('retryAfterSeconds');
    await t.succeed(['acct:a']);
    expect(await t.attempt(['acct:a'])).toEqual({ delayMs: 0 });
  });

  test('refused attempts are not counted: the lock ends a window after the failures that set it', async () => {
    let now = 0;
    const t = new Throttle(new MemoryFailureStore(), () => now);
    for (let i = 0; i < REFUSE_AFTER; i++) await t.attempt(['acct:a']);
    now = WINDOW_MS / 2;
    for (let i = 0; i < 20; i++)
      expect(await t.attempt(['acct:a'])).toHaveProperty('retryAfterSeconds');
    now = WINDOW_MS + 1;
    expect(await t.attempt(['acct:a'])).toEqual({ delayMs: 0 });
  });

  test('a burst of parallel attempts lets at most REFUSE_AFTER through', async () => {
    const t = new Throttle(new MemoryFailureStore(), () => 0);
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => t.attempt(['ip:1'])));
    expect(verdicts.filter((v) => 'delayMs' in v).length).toBeLessThanOrEqual(REFUSE_AFTER);
  });
});
