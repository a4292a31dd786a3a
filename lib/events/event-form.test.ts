import { describe, expect, test } from 'vitest';
import { eventInputSchema } from '../schemas/event.ts';
import {
  compactRows,
  eventInputToForm,
  formToEventInput,
  formValues,
  rowCount,
} from './event-form.ts';

describe('event form', () => {
  test('carries the Korean title and summary both ways; blank ones are left out (untranslated)', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      slug: 'a-b',
      title: 'T',
      titleKo: '북한군 파병',
      summaryKo: '  ',
      date: '2024-01-02',
    }))
      form.set(k, v);
    const input = formToEventInput(formValues(form));
    expect(input).toMatchObject({ titleKo: '북한군 파병' });
    expect(input).not.toHaveProperty('summaryKo');
    const parsed = eventInputSchema.parse(input);
    expect(parsed).toMatchObject({ titleKo: '북한군 파병', summaryKo: null });
    expect(eventInputToForm(parsed)).toMatchObject({ titleKo: '북한군 파병' });
  });

  test('turns typed fields and rows into schema input, dropping blank rows', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      slug: 'a-b',
      title: 'T',
      date: '2024-01-02',
      tags: 'military, sanctions',
      locationName: 'Kursk',
      lat: '51.7',
      lon: '',
      'actors.0.code': 'KP',
      'actors.0.role': 'participant',
      'actors.1.code': '',
      'actors.1.role': 'participant',
      'sources.0.publisher': 'Reuters',
      'sources.0.title': 'R',
      'sources.0.reliability': 'B',
      'sources.0.credibility': '2',
      'quotes.0.speaker': '',
      'quotes.0.text': '',
      'quotes.0.language': 'en',
    }))
      form.set(k, v);
    const input = formToEventInput(formValues(form));
    expect(input).toMatchObject({
      slug: 'a-b',
      tags: ['military', 'sanctions'],
      location: { name: 'Kursk', lat: '51.7', lon: null },
      actors: [{ code: 'KP', role: 'participant' }],
      sources: [{ publisher: 'Reuters', reliability: 'B', credibility: '2' }],
      quotes: [],
    });
    expect(eventInputSchema.parse(input).sources[0].credibility).toBe(2);
  });

  test('round-trips an event through the form values', () => {
    const input = {
      slug: 'x',
      title: 'T',
      date: '2024-01-02',
      tags: ['a'],
      actors: [{ code: 'KP', role: 'target' }],
      sources: [],
      quotes: [{ speaker: 'S', text: 'Q', language: 'en' }],
      location: null,
    };
    const values = eventInputToForm(input);
    expect(rowCount(values, 'quotes')).toBe(1);
    expect(formToEventInput(values)).toMatchObject({
      slug: 'x',
      tags: ['a'],
      actors: [{ code: 'KP', role: 'target' }],
      quotes: [{ speaker: 'S', text: 'Q' }],
    });
  });

  test('drops blank rows and renumbers the rest, as the schema numbers them', () => {
    const values = compactRows({
      title: 'T',
      'sources.0.publisher': '',
      'sources.0.title': '',
      'sources.0.reliability': '',
      'sources.1.publisher': 'Reuters',
      'sources.1.title': 'R',
      'sources.2.publisher': '',
      'actors.0.code': 'KP',
      'actors.0.role': 'participant',
    });
    expect(values).toEqual({
      title: 'T',
      'sources.0.publisher': 'Reuters',
      'sources.0.title': 'R',
      'actors.0.code': 'KP',
      'actors.0.role': 'participant',
    });
    expect(rowCount(values, 'sources')).toBe(1);
  });

  test('shows a month-precision event’s dates as typed: 2024-11', () => {
    const values = eventInputToForm({
      date: '2024-11-01',
      endDate: '2024-12-31',
      datePrecision: 'month',
    });
    expect(values).toMatchObject({ date: '2024-11', endDate: '2024-12' });
    expect(values.datePrecision).toBeUndefined();
  });
});
