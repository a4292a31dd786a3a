import Link from 'next/link';
import type { ReactNode } from 'react';
import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';
import styles from '@/components/editor/editor.module.css';

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
  return (
    <div>
      <nav aria-label="Editor" className={styles.subnav}>
        <ul>
          <li>
            <Link href="/editor">Events</Link>
          </li>
          <li>
            <Link href="/editor?view=trash">Trash</Link>
          </li>
          <li>
            <Link href="/editor/events/new">New event</Link>
          </li>
          <li>
            <Link href="/editor/relations">Relations</Link>
          </li>
          <li>
            <Link href="/editor/sources">Sources</Link>
          </li>
          <li>
            <Link href="/editor/quotes">Quotes</Link>
          </li>
          <li>
            <Link href="/editor/estimates">Estimates</Link>
          </li>
          <li>
            <Link href="/editor/actors">Actors</Link>
          </li>
          <li>
            <Link href="/editor/tags">Tags</Link>
          </li>
          <li>
            <Link href="/editor/trade">Trade</Link>
          </li>
          <li>
            <Link href="/editor/eras">Eras</Link>
          </li>
          <li>
            <Link href="/editor/event-links">Links</Link>
          </li>
          <li>
            <Link href="/editor/import">Import</Link>
          </li>
          <li>
            <Link href="/editor/tokens">API tokens</Link>
          </li>
          {can(user, 'users.manage') ? (
            <li>
              <Link href="/admin/users">Users</Link>
            </li>
          ) : null}
        </ul>
        {/* A div: a form may not sit inside a span (Nu HTML checker). */}
        <div className={styles.who}>
          Signed in as {user.name} ({user.role}) ·{' '}
          <form method="post" action="/sign-out" className={styles.inlineForm}>
            <button type="submit" className={styles.linkButton}>
              Sign out
            </button>
          </form>
        </div>
      </nav>
      {children}
    </div>
  );
}
