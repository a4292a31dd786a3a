import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import styles from '@/components/editor/editor.module.css';
import { trashRelationAction } from '@/lib/actions/relations.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listRelationsForEditor } from '@/lib/db/relations/reads.ts';

export const generateMetadata = pageTitle('editor.titles', 'relations');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorRelationsPage({ searchParams }: Props) {
  await requirePageAccess('relations.write', '/editor/relations');
  const query = await searchParams;
  const trash = query.view === 'trash';
  const rows = await listRelationsForEditor(trash);
  const t = await getTranslations('editor.relations');
  const terms = await getTranslations('terms');
  return (
    <section>
      <h1>{trash ? t('trashed') : t('title')}</h1>
      {typeof query.saved === 'string' ? (
        <p role="status" className={styles.notice}>
          {t('saved', { key: query.saved })}
        </p>
      ) : null}
      {typeof query.notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {query.notice}
        </p>
      ) : null}
      <p className="meta">
        <Link href="/editor/relations/new">{t('new')}</Link> ·{' '}
        {trash ? (
          <Link href="/editor/relations">{t('inUse')}</Link>
        ) : (
          <Link href="/editor/relations?view=trash">{t('trash')}</Link>
        )}
      </p>
      {rows.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('relation')}</th>
                <th scope="col">{t('actors')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('dates')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key ?? r.title}>
                  <td>{r.title}</td>
                  <td>
                    {r.a} – {r.b}
                  </td>
                  <td>{terms(`relationKind.${r.kind}`)}</td>
                  <td>
                    {r.start} – {r.end ?? t('inForce')}
                  </td>
                  <td className={styles.actions}>
                    {!trash && r.key ? (
                      <Link href={`/editor/relations/${encodeURIComponent(r.key)}`}>
                        {t('edit')}
                      </Link>
                    ) : null}
                    <form action={trashRelationAction}>
                      <input type="hidden" name="key" value={r.key ?? ''} />
                      <input type="hidden" name="trash" value={trash ? '0' : '1'} />
                      <button
                        type="submit"
                        className="secondary"
                        aria-label={t(trash ? 'restoreLabel' : 'trashLabel', {
                          title: r.title,
                          pair: `${r.a}–${r.b}`,
                        })}
                      >
                        {trash ? t('restore') : t('trash')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>{trash ? t('trashEmpty') : t('none')}</p>
      )}
    </section>
  );
}
