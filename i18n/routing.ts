import { defineRouting } from 'next-intl/routing';

// English keeps the addresses it always had (no prefix); Korean lives under /ko. The
// language comes from the URL only: no Accept-Language redirect (the header only suggests,
// components/layout/language-suggestion.tsx) and no locale cookie, because
// scripts/public-cache.mjs keeps only answers without Set-Cookie, keyed by URL.
export const routing = defineRouting({
  locales: ['en', 'ko'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** `path` ('/timeline?x=1') as served in `locale`: '/ko/timeline?x=1' or unchanged for English. */
export function localizedPath(locale: string, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
