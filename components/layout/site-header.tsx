import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { LanguageSwitch } from './language-switch.tsx';
import { NavLink as Link } from './nav-link.tsx';

const LINKS = [
  { href: '/', key: 'overview' },
  { href: '/timeline', key: 'timeline' },
  { href: '/alliances', key: 'alliances' },
  { href: '/charts/trade', key: 'trade' },
  { href: '/charts/activity', key: 'activity' },
  { href: '/charts/estimates', key: 'estimates' },
  { href: '/editor', key: 'editor' },
] as const;

/** The site's header; `other` names the other language in that language ('한국어'). */
export function SiteHeader({ other }: { other: { locale: string; label: string; title: string } }) {
  const t = useTranslations('nav');
  const common = useTranslations('common');
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          {common('siteName')}
        </Link>
        <nav className="site-nav" aria-label={t('main')}>
          <ul>
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{t(l.key)}</Link>
              </li>
            ))}
            <li>
              {/* Suspense: the switch reads the query (useSearchParams). */}
              <Suspense fallback={null}>
                <LanguageSwitch {...other} />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
