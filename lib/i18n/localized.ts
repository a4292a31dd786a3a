// Content in the reader's language where it exists, else the English with a "not translated"
// mark: the one rule every page, component and export follows for translated fields.
// Records carry the English field (`title`) and its Korean beside it (`titleKo`, null when
// nobody has translated it). Pure: runs on the server and in the browser.

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface Localized {
  text: string;
  /** The language `text` is in: the `lang` attribute to render it with. */
  lang: Locale;
  /** The reader asked for Korean and there is none: `text` is the English. */
  missing: boolean;
}

/** The fields that have a Korean twin: event title/summary, era title, actor name, estimate quantity. */
export type TranslatedField = 'title' | 'summary' | 'name' | 'quantity';

type WithTranslation<F extends TranslatedField> = { [K in F]: string } & {
  [K in `${F}Ko`]?: string | null;
};

/**
 * `record[field]` in `locale`: the Korean twin (`${field}Ko`) when Korean is asked for and a
 * non-blank one exists, else the English, marked missing when Korean was asked for.
 */
export function localized<F extends TranslatedField>(
  record: WithTranslation<F>,
  field: F,
  locale: Locale,
): Localized {
  if (locale === 'ko') {
    const ko = (record as Record<string, string | null | undefined>)[`${field}Ko`];
    if (ko?.trim()) return { text: ko, lang: 'ko', missing: false };
    return { text: record[field], lang: 'en', missing: true };
  }
  return { text: record[field], lang: 'en', missing: false };
}

/** A quote as the page shows it: the words as said, and the translation beside them, marked. */
export interface QuoteDisplay {
  original: { text: string; lang: string };
  /** Null when the quote has none (or is already in English). */
  translation: { text: string; lang: Locale; isTranslation: true } | null;
}

/**
 * Quotes keep their original language (`language`, an ISO 639-1 code); `translation` is the
 * project's English rendering (the model has no Korean translation of quotes yet).
 */
export function quoteDisplay(q: {
  text: string;
  language: string;
  translation: string | null;
}): QuoteDisplay {
  return {
    original: { text: q.text, lang: q.language },
    translation:
      q.translation?.trim() && q.language !== 'en'
        ? { text: q.translation, lang: 'en', isTranslation: true }
        : null,
  };
}
