import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';
import styles from '@/components/editor/editor.module.css';
import { Link } from '@/i18n/navigation.ts';

export const dynamic = 'force-dynamic';

/**
 * The editor's navigation. Permission is checked by each page (lib/auth/page-guard.ts) and
 * each action, not here: a layout does not stop its page from rendering, and a redirect from
 * here would win over the page's and could not name the page to come back to after sign-in.
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // Signed out: no navigation; the page itself redirects to sign-in before reading anything.
  if (!user) return children;
  const t = await getTranslations('editor.nav');
  return (
    <div>
      <nav aria-label={t('label')} className={styles.subnav}>
        <ul>
          <li>
            <Link href="/editor">{t('events')}</Link>
          </li>
          <li>
            <Link href="/editor?view=trash">{t('trash')}</Link>
          </li>
          <li>
            <Link href="/editor/events/new">{t('newEvent')}</Link>
          </li>
          <li>
            <Link href="/editor/relations">{t('relations')}</Link>
          </li>
          <li>
            <Link href="/editor/sources">{t('sources')}</Link>
          </li>
          <li>
            <Link href="/editor/quotes">{t('quotes')}</Link>
          </li>
          <li>
            <Link href="/editor/estimates">{t('estimates')}</Link>
          </li>
          <li>
            <Link href="/editor/actors">{t('actors')}</Link>
          </li>
          <li>
            <Link href="/editor/tags">{t('tags')}</Link>
          </li>
          <li>
            <Link href="/editor/trade">{t('trade')}</Link>
          </li>
          <li>
            <Link href="/editor/eras">{t('eras')}</Link>
          </li>
          <li>
            <Link href="/editor/event-links">{t('links')}</Link>
          </li>
          <li>
            <Link href="/editor/import">{t('import')}</Link>
          </li>
          <li>
            <Link href="/editor/tokens">{t('tokens')}</Link>
          </li>
          {can(user, 'users.manage') ? (
            <li>
              <Link href="/admin/users">{t('users')}</Link>
            </li>
          ) : null}
        </ul>
        {/* A div: a form may not sit inside a span (Nu HTML checker). */}
        <div className={styles.who}>
          {t('signedInAs', { name: user.name, role: t(`role.${user.role}`) })} ·{' '}
          <form method="post" action="/sign-out" className={styles.inlineForm}>
            <button type="submit" className={styles.linkButton}>
              {t('signOut')}
            </button>
          </form>
        </div>
      </nav>
      {children}
    </div>
  );
}
