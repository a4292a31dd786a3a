import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadCatalogue } from './catalogue.ts';
import { routing } from './routing.ts';

export default getRequestConfig(async ({ requestLocale }) => {
  // The [locale] segment also catches unknown first segments; those pages 404 in the layout.
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: loadCatalogue(locale),
    // Dates here are calendar dates kept in UTC (lib/dates.ts): formatting in any other zone
    // could move a day.
    timeZone: 'UTC',
  };
});
