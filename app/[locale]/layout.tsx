import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { LanguageSuggestion } from '@/components/layout/language-suggestion.tsx';
import { SiteHeader } from '@/components/layout/site-header.tsx';
import { routing } from '@/i18n/routing.ts';
// Noto Sans KR, Korean subset (one file a weight, fetched only when Hangul is drawn).
import '@fontsource/noto-sans-kr/korean-400.css';
import '@fontsource/noto-sans-kr/korean-700.css';
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
  // The other language names itself and offers itself in its own words.
  const other = locale === 'ko' ? 'en' : 'ko';
  const o = await getTranslations({ locale: other, namespace: 'nav.language' });
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteHeader other={{ locale: other, label: o('switchTo'), title: o('switchToTitle') }} />
          <Suspense fallback={null}>
            <LanguageSuggestion
              current={locale}
              locale={other}
              text={o('suggestion')}
              link={o('suggestionLink')}
              dismiss={o('dismiss')}
            />
          </Suspense>
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
