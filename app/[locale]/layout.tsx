import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header.tsx';
import { routing } from '@/i18n/routing.ts';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  // Any other first segment (/fr/..., /xx) is no language of this site.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteHeader />
          <main id="main" className="inner">
            {children}
          </main>
          <footer className="site-footer">
            <div className="inner">{t('footer')}</div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
