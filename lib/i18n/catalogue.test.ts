import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '@/i18n/catalogue.ts';
import { routing } from '@/i18n/routing.ts';
import { catalogueDifferences, placeholdersOf } from './catalogue-diff.ts';

describe('the message catalogues (messages/<locale>/*.json)', () => {
  test('every language has a folder with the same namespace files', () => {
    const files = (locale: string) =>
      readdirSync(path.join(process.cwd(), 'messages', locale)).filter((f) => f.endsWith('.json'));
    for (const locale of routing.locales) expect(files(locale)).toEqual(files('en'));
    expect(files('en')).toContain('common.json');
  });

  test.each(routing.locales.filter((l) => l !== 'en'))(
    'en and %s have the same keys, and each message the same placeholders',
    (locale) => {
      const problems = catalogueDifferences(loadCatalogue('en'), loadCatalogue(locale), [
        'en',
        locale,
      ]);
      expect(problems).toEqual([]);
    },
  );
});

describe('catalogueDifferences', () => {
  test('names a nested key that one language lacks, either way round', () => {
    const en = { nav: { timeline: 'Timeline', search: 'Search' } };
    const ko = { nav: { timeline: '타임라인' }, extra: '추가' };
    expect(catalogueDifferences(en, ko, ['en', 'ko'])).toEqual([
      'nav.search: missing in ko',
      'extra: missing in en',
    ]);
  });

  test('names a message whose placeholders differ', () => {
    const en = { count: '{count, plural, one {# event} other {# events}} in {year}' };
    const ko = { count: '{total}건' };
    expect(catalogueDifferences(en, ko, ['en', 'ko'])).toEqual([
      'count: placeholders {count, plural} {year, argument} (en) ≠ {total, argument} (ko)',
    ]);
  });

  test('names a message that is not valid ICU', () => {
    expect(catalogueDifferences({ a: 'x {' }, { a: 'y' }, ['en', 'ko'])[0]).toMatch(
      /^a: not a valid ICU message/,
    );
  });

  test('accepts the same placeholders in another order and rich-text tags', () => {
    expect(placeholdersOf('<link>{name}</link> on {date, date, long}')).toEqual(
      placeholdersOf('{date, date, long}에 <link>{name}</link>'),
    );
  });
});
