import { describe, expect, test } from 'vitest';
import { localized, quoteDisplay } from './localized.ts';

const event = {
  title: 'Troops deployed',
  titleKo: '북한군 파병',
  summary: 'Seen.',
  summaryKo: null,
};

describe('localized', () => {
  test('gives the Korean in Korean, with its language', () => {
    expect(localized(event, 'title', 'ko')).toEqual({
      text: '북한군 파병',
      lang: 'ko',
      missing: false,
    });
  });

  test.each([null, undefined, '', '   '])(
    'falls back to the English, marked missing, when the Korean is %j',
    (summaryKo) => {
      expect(localized({ ...event, summaryKo }, 'summary', 'ko')).toEqual({
        text: 'Seen.',
        lang: 'en',
        missing: true,
      });
    },
  );

  test('gives the English in English, never marked missing', () => {
    expect(localized(event, 'title', 'en')).toEqual({
      text: 'Troops deployed',
      lang: 'en',
      missing: false,
    });
    expect(localized({ name: 'NATO' }, 'name', 'en').missing).toBe(false);
  });
});

describe('quoteDisplay', () => {
  test('keeps the original language and marks the English beside it as a translation', () => {
    const q = {
      text: 'Мы не бросаем своих',
      language: 'ru',
      translation: 'We do not abandon our own',
    };
    expect(quoteDisplay(q)).toEqual({
      original: { text: q.text, lang: 'ru' },
      translation: { text: q.translation, lang: 'en', isTranslation: true },
    });
  });

  test('an English quote, or one without a translation, has none', () => {
    expect(quoteDisplay({ text: 'x', language: 'en', translation: 'x' }).translation).toBeNull();
    expect(quoteDisplay({ text: '가', language: 'ko', translation: null }).translation).toBeNull();
  });
});
