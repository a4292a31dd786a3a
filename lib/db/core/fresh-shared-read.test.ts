import { describe, expect, it } from 'vitest';
import { freshSharedRead } from './fresh-shared-read.ts';

/** A read whose calls are counted and finish only when released. */
function controlledRead() {
  let value = 0;
  const pending: (() => void)[] = [];
  const read = () =>
    new Promise<number>((resolve) => {
      const seen = value; // what the database holds when the call starts
      pending.push(() => resolve(seen));
    });
  return {
    read,
    calls: () => pending.length,
    write: () => value++,
    finishOldest: async () => {
      pending.shift()!();
      // let the promise callbacks run
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

describe('freshSharedRead', () => {
  it('shares one call among callers who arrive while it is in flight, after the current one', async () => {
    const db = controlledRead();
    const shared = freshSharedRead(db.read);
    const first = shared();
    const second = shared();
    const third = shared();
    expect(db.calls()).toBe(1); // the second and third wait for the next call
    await db.finishOldest();
    expect(db.calls()).toBe(1); // one new call for both
    await db.finishOldest();
    expect(await Promise.all([first, second, third])).toEqual([0, 0, 0]);
  });

  it('never answers a caller with a value read before it asked', async () => {
    const db = controlledRead();
    const shared = freshSharedRead(db.read);
    const before = shared(); // starts reading 0
    db.write(); // a write commits
    const after = shared(); // asked after the write: must not get the in-flight 0
    await db.finishOldest();
    expect(await before).toBe(0);
    await db.finishOldest();
    expect(await after).toBe(1);
  });

  it('starts again after a failed call', async () => {
    let fail = true;
    const shared = freshSharedRead(async () => {
      if (fail) throw new Error('down');
      return 'up';
    });
    await expect(shared()).rejects.toThrow('down');
    fail = false;
    await expect(shared()).resolves.toBe('up');
  });
});
