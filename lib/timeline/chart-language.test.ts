import { describe, expect, test } from 'vitest';
import type { TimelineData } from '../shapes/timeline.ts';
import { localActorName } from '../actors/local-name.ts';
import { chartInLanguage } from './chart-language.ts';

const item = (slug: string, title: string, titleKo: string | null) => ({
  slug,
  title,
  titleKo,
  date: '2024-01-01',
  endDate: null,
  datePrecision: 'day' as const,
  status: 'confirmed' as const,
  actors: [],
  tags: [],
  lanes: ['KP'],
});

const data: TimelineData = {
  mode: 'items',
  from: '2024-01-01',
  to: '2024-12-31',
  total: 2,
  lanes: [
    { key: 'KP', label: 'North Korea', labelKo: '조선민주주의인민공화국', color: null },
    { key: 'all', label: 'All events', color: null },
  ],
  items: [item('a', 'Summit', '정상회담'), item('b', 'Treaty', null)],
  links: [],
};

describe('chartInLanguage', () => {
  test('Korean: titles and actor lanes in Korean where there is one, else the English', () => {
    const ko = chartInLanguage(data, 'ko');
    expect(ko.mode === 'items' && ko.items.map((i) => i.title)).toEqual(['정상회담', 'Treaty']);
    expect(ko.lanes.map((l) => l.label)).toEqual(['조선민주주의인민공화국', 'All events']);
  });

  test('English: the data as it came', () => {
    expect(chartInLanguage(data, 'en')).toBe(data);
  });
});

describe('localActorName', () => {
  test('the Korean name, else the short English name marked missing on Korean pages', () => {
    expect(localActorName({ name: 'Russia', nameKo: '러시아' }, 'ko')).toEqual({
      text: '러시아',
      lang: 'ko',
      missing: false,
    });
    const en = localActorName({ name: 'Wagner Group', nameKo: null }, 'ko');
    expect(en).toMatchObject({ lang: 'en', missing: true });
    expect(localActorName({ name: 'Russia', nameKo: '러시아' }, 'en')).toMatchObject({
      text: 'Russia',
      missing: false,
    });
  });
});
