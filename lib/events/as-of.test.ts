import { describe, expect, test } from 'vitest';
import type { EventDto } from '../shapes/event.ts';
import { eventAsOf, knownOn, lastDayOf } from './as-of.ts';

const source = (publishedAt: string | null, key: string) => ({
  key,
  publisher: key,
  title: key,
  titleIsDescriptive: false,
  url: null,
  publishedAt,
  reliability: 'B' as const,
  credibility: 2,
});
const change = (to: 'reported' | 'confirmed', effectiveDate: string | null, at: string) => ({
  from: null,
  to,
  at,
  effectiveDate,
  reason: to,
  source: null,
});

const event = {
  slug: 'x',
  date: '2024-10-08',
  status: 'confirmed',
  sources: [source('2024-10-18', 'nis'), source('2024-10', 'month'), source('2024-10-24', 'us')],
  quotes: [],
  statusHistory: [
    change('reported', '2024-10-18', '2026-12-01T00:00:00.000Z'),
    change('confirmed', '2024-10-23', '2026-12-01T00:00:00.000Z'),
  ],
} as unknown as EventDto;

describe('eventAsOf', () => {
  test('a partial date counts from the last day of its period', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2024')).toBe('2024-12-31');
    expect(lastDayOf(null)).toBeNull();
    expect(knownOn(event)).toBe('2024-10-18');
  });

  test('before its first source the event was not public', () => {
    expect(eventAsOf(event, '2024-10-17')).toBeNull();
  });

  test('shows the sources out by then and the status in force then', () => {
    const then = eventAsOf(event, '2024-10-20')!;
    expect(then.status).toBe('reported');
    expect(then.sources.map((s) => s.key)).toEqual(['nis']);
    expect(then.statusHistory).toHaveLength(1);
    const later = eventAsOf(event, '2024-10-31')!;
    expect(later.status).toBe('confirmed');
    expect(later.sources.map((s) => s.key)).toEqual(['nis', 'month', 'us']);
  });

  test('a change with no effective date counts from the day it was recorded', () => {
    const recorded = {
      ...event,
      statusHistory: [change('reported', null, '2024-10-19T10:00:00.000Z')],
    } as EventDto;
    expect(eventAsOf(recorded, '2024-10-18')!.status).toBe('reported');
    expect(eventAsOf(recorded, '2024-10-18')!.statusHistory).toHaveLength(0);
  });
});
