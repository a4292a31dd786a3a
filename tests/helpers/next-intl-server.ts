import { createFormatter, createTranslator } from 'next-intl';
import { loadCatalogue } from '../../i18n/catalogue.ts';

// next-intl's server functions for integration tests, which call pages outside Next: the
// real 'next-intl/server' reads the request config through Next's build (the plugin's alias
// and the react-server condition), neither of which exists under Vitest. Same catalogues,
// same ICU formatting (use-intl's createTranslator), English unless a page sets its locale.

let requestLocale = 'en';

export function setRequestLocale(locale: string) {
  requestLocale = locale;
}

export async function getLocale() {
  return requestLocale;
}

type Options = string | { locale?: string; namespace?: string } | undefined;

export async function getTranslations(options?: Options) {
  const { locale = requestLocale, namespace } =
    typeof options === 'string' ? { namespace: options } : (options ?? {});
  return createTranslator({ locale, messages: loadCatalogue(locale), namespace, timeZone: 'UTC' });
}

export async function getMessages(options?: { locale?: string }) {
  return loadCatalogue(options?.locale ?? requestLocale);
}

export async function getFormatter(options?: { locale?: string }) {
  return createFormatter({ locale: options?.locale ?? requestLocale, timeZone: 'UTC' });
}
