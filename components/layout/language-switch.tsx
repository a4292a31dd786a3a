'use client';

import { useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { usePathname } from '@/i18n/navigation.ts';
import { otherLanguageHref } from './other-language.ts';

type Props = { locale: string; label: string; title: string };

/**
 * A link to this page in the other language. The href carries the path and query as
 * rendered; a click reads them again (with the hash) from the address bar, since views such
 * as the timeline change their query (window, selected event) without a navigation. A plain
 * <a>: the other language has its own root layout (<html lang>), so it is a full load anyway.
 */
export function LanguageSwitch({ locale, label, title }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const { search: now, hash } = window.location;
    e.currentTarget.href = otherLanguageHref(locale, pathname, now, hash);
  };
  return (
    <a
      href={otherLanguageHref(locale, pathname, search, '')}
      hrefLang={locale}
      lang={locale}
      title={title}
      onClick={onClick}
      data-testid="language-switch"
    >
      {label}
    </a>
  );
}
