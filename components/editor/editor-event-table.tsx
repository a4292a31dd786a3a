import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { publishEventAction, restoreEventAction } from '@/lib/actions/events.ts';
import { trashFromListAction } from '@/lib/actions/event-list.ts';
import styles from './editor.module.css';
import type { EditorEventRow } from '@/lib/shapes/event.ts';

/** Events for editors, with the actions each row allows (trash, restore, publish, history). */
export function EditorEventTable({
  rows,
  trash,
  filtered = false,
}: {
  rows: EditorEventRow[];
  trash: boolean;
  filtered?: boolean;
}) {
  const t = useTranslations('editor.table');
  if (!rows.length)
    return (
      <p className={styles.empty}>
        {filtered ? t('noMatch') : trash ? t('trashEmpty') : t('noEvents')}
      </p>
    );
  return (
    <div className={styles.wrap}>
      <table className={`${styles.table} ${styles.stack}`}>
        <caption className="visually-hidden">{trash ? t('trashedCaption') : t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">
                {trash ? r.title : <Link href={`/editor/events/${r.slug}`}>{r.title}</Link>}
              </th>
              <td data-label={t('date')}>{r.date}</td>
              <td data-label={t('status')}>
                <StatusBadge status={r.status} />{' '}
                {r.publication === 'draft' ? <StatusBadge status="draft" /> : null}
              </td>
              <td className={styles.actions} data-label={t('actions')}>
                {trash ? (
                  <form action={restoreEventAction.bind(null, r.slug)}>
                    <button type="submit" aria-label={t('restoreLabel', { title: r.title })}>
                      {t('restore')}
                    </button>
                  </form>
                ) : (
                  <>
                    {r.publication === 'draft' ? (
                      <form action={publishEventAction.bind(null, r.slug)}>
                        <button type="submit" aria-label={t('publishLabel', { title: r.title })}>
                          {t('publish')}
                        </button>
                      </form>
                    ) : (
                      <Link href={`/events/${r.slug}`}>{t('view')}</Link>
                    )}
                    <Link
                      href={`/editor/events/${r.slug}/history`}
                      aria-label={t('historyLabel', { title: r.title })}
                    >
                      {t('history')}
                    </Link>
                    <form action={trashFromListAction.bind(null, r.slug)}>
                      <button
                        type="submit"
                        className="secondary"
                        aria-label={t('trashLabel', { title: r.title })}
                      >
                        {t('trash')}
                      </button>
                    </form>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
