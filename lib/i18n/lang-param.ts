import { BadRequest } from '../errors.ts';
import { parseMsg } from './api-messages.ts';
import { LOCALES, type Locale } from './localized.ts';

/**
 * `?lang=ko` on a file the API writes (chart exports, the Atom feed): the language of the
 * words it adds. English when absent; any other value is a 400 naming `lang`.
 */
export function langParam(params: URLSearchParams): Locale {
  const lang = params.get('lang');
  if (lang === null) return 'en';
  if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  throw new BadRequest({
    lang: parseMsg('oneOf', { label: 'Language', list: LOCALES.join(' or ') }),
  });
}
