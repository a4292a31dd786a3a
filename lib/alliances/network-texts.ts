import { createTranslator } from 'next-intl';
import en from '../../messages/en/alliances.json' with { type: 'json' };
import ko from '../../messages/ko/alliances.json' with { type: 'json' };
import termsEn from '../../messages/en/terms.json' with { type: 'json' };
import termsKo from '../../messages/ko/terms.json' with { type: 'json' };
import { localActorName } from '../actors/local-name.ts';
import { shortActorName } from '../actors/short-name.ts';
import type { Locale } from '../i18n/localized.ts';

// The words of the network drawing (edge labels) and its exports (SVG title, legend, footer,
// CSV names) in the reader's language, from the `alliances` and `terms` catalogues, usable
// outside a request (API routes, tests) as lib/charts/chart-texts.ts does for the charts.

const CATALOGUES = {
  en: { alliances: en, terms: termsEn },
  ko: { alliances: ko, terms: termsKo },
};

export function alliancesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'alliances' });
}

export function termsTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'terms' });
}

/** A term of `group` for `value` ('relationKind', 'treaty' → 'Treaty' | '조약'), else `value`. */
export function termOf(locale: Locale, group: string, value: string): string {
  // Keys built at run time: looked up by string, as components/ui/terms.ts does.
  const t = termsTranslator(locale) as unknown as {
    (key: string): string;
    has(key: string): boolean;
  };
  const key = `${group}.${value}`;
  return t.has(key) ? t(key) : value;
}

export interface ActorNames {
  /** Short name in the language asked for (English short name where no Korean one). */
  short: string;
  /** Full name: the Korean name, or the English name with its long form. */
  full: string;
  /** The language the names are in. */
  lang: Locale;
}

/** An actor's names in `locale`: the Korean name where there is one, else the English. */
export function actorNames(
  actor: { name: string; nameKo?: string | null },
  locale: Locale,
): ActorNames {
  const local = localActorName(actor, locale);
  return local.lang === 'en'
    ? { short: shortActorName(actor.name), full: actor.name, lang: 'en' as const }
    : { short: local.text, full: local.text, lang: local.lang };
}
