import { describe, expect, test } from 'vitest';
import { eventInputSchema } from '../schemas/event.ts';
import { diffEvents, eventToInput, type EventShape } from './event-input.ts';

const base: EventShape = {
  slug: 'e',
  title: 'Old',
  summary: 's',
  date: '2024-01-01',
  endDate: null,
  datePrecision: 'day',
  status: 'reported',
  publication: 'draft',
  location: null,
  importance: 3,
  confidence: 'medium',
  notes: null,
  actors: [{ code: 'KP', role: 'participant' }],
  tags: ['military'],
  sources: [],
  quotes: [],
};

describe('eventToInput', () => {
  test('round-trips through the input schema', () => {
    expect(eventInputSchema.safeParse(eventToInput(base)).success).toBe(true);
  });
});

describe('diffEvents', () => {
  test('names each changed field with its old and new value', () => {
    expect(diffEvents(base, { ...base, title: 'New', tags: ['military', 'sanctions'] })).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'tags', before: 'military', after: 'military; sanctions' },
    ]);
  });

  test('shows every set field of a new record as added', () => {
    expect(diffEvents(null, base).map((c) => c.field)).toContain('title');
  });
});
