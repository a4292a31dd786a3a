import { describe, expect, test } from 'vitest';
import { nextVisits } from './visits.ts';

const at = (iso: string) => new Date(iso);

describe('visits', () => {
  test('a first visit has no previous one', () => {
    expect(nextVisits(null, at('2026-12-02T08:00:00Z'))).toEqual({
      previous: null,
      current: '2026-12-02T08:00:00.000Z',
      seen: '2026-12-02T08:00:00.000Z',
    });
    expect(nextVisits('{broken', at('2026-12-02T08:00:00Z')).previous).toBeNull();
  });

  test('coming back after half an hour starts a new visit; reloading within it does not', () => {
    const first = nextVisits(null, at('2026-12-01T08:00:00Z'));
    const reload = nextVisits(JSON.stringify(first), at('2026-12-01T08:10:00Z'));
    expect(reload.previous).toBeNull();
    expect(reload.current).toBe(first.current);
    const tomorrow = nextVisits(JSON.stringify(reload), at('2026-12-02T08:00:00Z'));
    expect(tomorrow.previous).toBe('2026-12-01T08:00:00.000Z');
    const again = nextVisits(JSON.stringify(tomorrow), at('2026-12-02T08:05:00Z'));
    expect(again.previous).toBe('2026-12-01T08:00:00.000Z');
  });
});
