import Negotiator from 'negotiator';
import ko from '../../messages/ko/api.json' with { type: 'json' };
import { apiMessageOf, fillTemplate } from './api-messages.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './localized.ts';

// The language of the API's error messages: the client's Accept-Language (q-values honoured,
// `ko-KR` counts as `ko`), English when it names neither. Messages the catalogue does not
// know stay English.

/** The locale the request prefers among those the API speaks. */
export function requestLocale(request: Request): Locale {
  const header = request.headers.get('accept-language');
  if (!header) return DEFAULT_LOCALE;
  const [best] = new Negotiator({ headers: { 'accept-language': header } }).languages([...LOCALES]);
  return (best as Locale | undefined) ?? DEFAULT_LOCALE;
}

const KO_LABELS: Record<string, string> = ko.labels;
/** "event link" → "Event link": a label written mid-sentence, as the catalogue lists it. */
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An English API message in `locale`; unchanged when it is English or the catalogue lacks it. */
export function translateApiMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const of = apiMessageOf(message);
  if (!of) return message;
  const params = Object.fromEntries(
    Object.entries(of.params).map(([name, value]) => [
      name,
      (name === 'label' || name === 'items') && typeof value === 'string'
        ? (KO_LABELS[value] ?? KO_LABELS[capitalized(value)] ?? value)
        : value,
    ]),
  );
  return fillTemplate(ko.messages[of.key], params);
}

/** Every message of a field map in `locale`. */
export function translateFields(
  fields: Record<string, string>,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path, translateApiMessage(message, locale)]),
  );
}
