import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadCatalogue } from '../../i18n/catalogue.ts';

/** Server-side HTML of `node` as a page in `locale` renders it (its components read the catalogues). */
export function renderInLocale(node: ReactNode, locale = 'en'): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={loadCatalogue(locale)} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}
