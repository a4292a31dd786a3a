'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { usePathname } from '@/i18n/navigation.ts';
import { otherLanguageHref } from './other-language.ts';

type Props = {
  /** The page's language and the other one, whose words (`text`, …) this note is written in. */
  current: string;
  locale: string;
  text: string;
  link: string;
  dismiss: string;
};

const DISMISSED = 'language-suggestion-dismissed';

/** The first of the browser's languages that this site has, if any. */
function preferredLocale(known: string[]): string | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0];
    if (known.includes(primary)) return primary;
  }
  return null;
}

/**
 * "이 페이지는 한국어로도 볼 수 있습니다" on an English page when the browser prefers Korean, and
 * the reverse: a suggestion, never a redirect. Decided here in the browser from
 * navigator.languages, not on the server from Accept-Language, so every reader gets the same
 * HTML for a URL and the public cache (scripts/public-cache.mjs, keyed by URL) stays right
 * without varying on a header. Dismissed for good in this browser (localStorage).
 */
export function LanguageSuggestion({ current, locale, text, link, dismiss }: Props) {
  const [shown, setShown] = useState(false);
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    let dismissed = false;
    try {
      dismissed = localStorage.getItem(DISMISSED) === locale;
    } catch {
      // Storage refused (private mode): the note shows, and its button still hides it.
    }
    // Shown after hydration on purpose: the server's HTML must not depend on the reader.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!dismissed && preferredLocale([current, locale]) === locale) setShown(true);
  }, [current, locale]);
  if (!shown) return null;
  const close = () => {
    setShown(false);
    try {
      localStorage.setItem(DISMISSED, locale);
    } catch {
      // Not kept: it shows again on the next page.
    }
  };
  return (
    <div className="language-suggestion" role="note" lang={locale}>
      <div className="inner">
        <span>{text}</span>{' '}
        <a href={otherLanguageHref(locale, pathname, search, '')} hrefLang={locale}>
          {link}
        </a>
        <button type="button" onClick={close} className="language-suggestion-close">
          {dismiss}
        </button>
      </div>
    </div>
  );
}
