import { describe, expect, test } from 'vitest';
import {
  eventQuerySchema,
  filterToParams,
  timelineQuerySchema,
  windowBounds,
} from './event-query.ts';

describe('eventQuerySchema', () => {
  test('defaults the limit and turns single values into arrays', () => {
    expect(eventQuerySchema.parse({ actor: 'KP', status: ['confirmed', 'denied'] })).toMatchObject({
      actor: ['KP'],
      tag: [],
      status: ['confirmed', 'denied'],
      limit: 50,
    });
  });

  test.each([
    ['from', { from: '2024-13' }],
    ['to', { to: 'yesterday' }],
    ['status', { status: 'rumoured' }],
    ['limit', { limit: '1000' }],
    ['limit', { limit: 'ten' }],
    ['cursor', { cursor: 'not a cursor!' }],
    ['actor', { actor: 'K P' }],
    ['to', { from: '2024-05', to: '2024-04-30' }],
  ])('rejects a bad %s', (field, input) => {
    const result = eventQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path[0]).toBe(field);
  });

  test('accepts a range inside one month', () => {
    expect(eventQuerySchema.safeParse({ from: '2024-05', to: '2024-05' }).success).toBe(true);
  });

  test('treats an empty search as none', () => {
    expect(eventQuerySchema.parse({ q: '  ' }).q).toBeUndefined();
  });
});

describe('timelineQuerySchema', () => {
  test('defaults to one band (every event once) and a 1000 px width', () => {
    expect(timelineQuerySchema.parse({})).toMatchObject({ lanes: 'none', width: 1000 });
  });
});

describe('windowBounds', () => {
  test('a partial "to" covers its whole period', () => {
    const { start, end } = windowBounds({ from: '2024-02', to: '2024-02' });
    expect(start!.toISOString().slice(0, 10)).toBe('2024-02-01');
    expect(end!.toISOString().slice(0, 10)).toBe('2024-02-29');
  });
});

describe('filterToParams', () => {
  test('round-trips repeatable parameters', () => {
    expect(filterToParams({ actor: ['KP', 'RU'], q: 'troops' }).toString()).toBe(
      'actor=KP&actor=RU&q=troops',
    );
  });
});
