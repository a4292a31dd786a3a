import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import { pageTitle } from '@/lib/i18n/page-title.ts';
import styles from '@/components/editor/editor.module.css';
import {
  archiveSourceAction,
  checkAllLinksAction,
  checkSourceLinkAction,
} from '@/lib/actions/source-archive.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listSourceLinks } from '@/lib/db/sources/snapshots.ts';

export const generateMetadata = pageTitle('editor.titles', 'sourceLinks');

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Every live source's link: its last check (dead ones flagged), its newest copy, and buttons. */
export default async function SourceLinksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('sources.write', '/editor/sources/links');
  const params = await searchParams;
  const notice = one(params.notice);
  const error = one(params.error);
  const sources = await listSourceLinks();
  const dead = sources.filter((s) => s.check?.dead).length;
  const t = await getTranslations('editor.sourceLinks');
  const day = (iso: string) => iso.slice(0, 10);
  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t.rich('lede', {
          command: 'npm run sources:check',
          code: (chunks) => <code>{chunks}</code>,
        })}{' '}
        <Link href="/editor/sources">{t('all')}</Link>
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <form action={checkAllLinksAction}>
        <button type="submit" className="secondary">
          {t('checkAll')}
        </button>{' '}
        <span className="meta">{t('summary', { links: sources.length, dead })}</span>
      </form>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('lastCheck')}</th>
              <th scope="col">{t('copy')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} id={`source-${s.id}`}>
                <th scope="row">
                  <Link href={`/editor/sources/${s.id}`}>
                    {s.id}. {s.title}
                  </Link>
                  <div className="meta">
                    <span>{s.publisher}</span>
                    <span style={{ overflowWrap: 'anywhere' }}>{s.url}</span>
                  </div>
                </th>
                <td>
                  {s.check ? (
                    <>
                      {s.check.dead ? <strong className="error-text">{t('dead')} </strong> : null}
                      {s.check.status ?? s.check.error}{' '}
                      <span className="meta">{day(s.check.checkedAt)}</span>
                    </>
                  ) : (
                    t('notChecked')
                  )}
                </td>
                <td>
                  {s.copy ? (
                    <a href={`/archive/${s.copy.id}`}>
                      {t('copyOf', { date: day(s.copy.retrievedAt) })}
                    </a>
                  ) : (
                    t('none')
                  )}
                </td>
                <td>
                  <form action={archiveSourceAction.bind(null, s.id)} style={{ display: 'inline' }}>
                    <button type="submit" aria-label={t('archiveLabel', { id: s.id })}>
                      {t('archive')}
                    </button>
                  </form>{' '}
                  <form
                    action={checkSourceLinkAction.bind(null, s.id)}
                    style={{ display: 'inline' }}
                  >
                    <button
                      type="submit"
                      className="secondary"
                      aria-label={t('checkLabel', { id: s.id })}
                    >
                      {t('check')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
