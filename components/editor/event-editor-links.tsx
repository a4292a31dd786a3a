'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Link } from '@/i18n/navigation.ts';

/**
 * "Edit" and "History" for a signed-in editor on a public event page. Rendered in the
 * browser from next-auth's own session read, so the page itself stays the same for every
 * reader (nothing about editors reaches anonymous readers, and it can be cached as public).
 * Every account is an editor or an admin, so a session is enough to show them; the editor
 * pages check the permission themselves.
 */
export function EventEditorLinks({ slug }: { slug: string }) {
  const t = useTranslations('editor.eventLinks');
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/api/auth/session', { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { expires?: string } | null) => live && setSignedIn(!!s?.expires))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (!signedIn) return null;
  return (
    <nav aria-label={t('label')} className="meta">
      <Link href={`/editor/events/${slug}`}>{t('edit')}</Link>
      <Link href={`/editor/events/${slug}/history`}>{t('history')}</Link>
    </nav>
  );
}
