import { describe, expect, test } from 'vitest';
import { windowToDays } from '../timeline/window.ts';
import { GLANCE_DAYS, glanceWindow } from './glance-window.ts';

const days = (latest: string | null, today: string) => windowToDays(glanceWindow(latest, today));

describe('the overview timeline window', () => {
  test('90 whole days ending with the latest event', () => {
    expect(days('2024-12-04', '2026-12-02')).toEqual({ from: '2024-09-06', to: '2024-12-04' });
    const w = glanceWindow('2024-12-04', '2026-12-02');
    expect((w.end - w.start) / 86_400_000).toBe(GLANCE_DAYS);
  });

  test('ends today when there is no event or the latest is dated later', () => {
    expect(days(null, '2026-12-02')).toEqual({ from: '2026-09-04', to: '2026-12-02' });
    expect(days('2027-03-01', '2026-12-02')).toEqual({ from: '2026-09-04', to: '2026-12-02' });
  });

  test('counts a leap day as a day', () => {
    expect(days('2024-03-30', '2026-01-01')).toEqual({ from: '2024-01-01', to: '2024-03-30' });
  });
});
