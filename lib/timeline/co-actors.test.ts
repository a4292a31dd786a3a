import { describe, expect, test } from 'vitest';
import { coActorTable } from './co-actors.ts';

describe('coActorTable', () => {
  test('one row per co-actor, busiest first, years ascending', () => {
    const t = coActorTable([
      { code: 'CN', name: 'China', color: null, year: 2024, count: 1 },
      { code: 'RU', name: 'Russia', color: null, year: 2023, count: 2 },
      { code: 'RU', name: 'Russia', color: null, year: 2024, count: 3 },
    ]);
    expect(t.years).toEqual([2023, 2024]);
    expect(t.actors.map((a) => [a.code, a.total])).toEqual([
      ['RU', 5],
      ['CN', 1],
    ]);
    expect(t.actors[1].counts[2023]).toBeUndefined();
  });

  test('years before the recent ones are summed in one column', () => {
    const rows = [2006, 2012, 2020, 2022, 2023, 2024].map((year) => ({
      code: 'RU',
      name: 'Russia',
      color: null,
      year,
      count: 1,
    }));
    const t = coActorTable(rows, 3);
    expect(t.years).toEqual([2022, 2023, 2024]);
    expect(t.before).toBe(2022);
    expect(t.actors[0].earlier).toBe(3);
    expect(t.actors[0].total).toBe(6);
  });
});
