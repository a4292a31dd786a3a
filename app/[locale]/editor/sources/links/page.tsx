import Link from 'next/link';
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
  return (
    <section>
      <h1>Source links</h1>
      <p className="lede">
        Each source’s last link check and its archived copy. Archive a source to keep a copy of its
        page as it is now; <code>npm run sources:check</code> checks every link too.{' '}
        <Link href="/editor/sources">All sources</Link>
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <form action={checkAllLinksAction}>
        <button type="submit" className="secondary">
          Check every link
        </button>{' '}
        <span className="meta">
          {sources.length} links, {dead} dead at the last check
        </span>
      </form>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">Source links</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Last check</th>
              <th scope="col">Archived copy</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} id={`source-${s.id}`}>
                <th scope="row">
                  <a href={`/editor/sources/${s.id}`}>
                    {s.id}. {s.title}
                  </a>
                  <div className="meta">
                    <span>{s.publisher}</span>
                    <span style={{ overflowWrap: 'anywhere' }}>{s.url}</span>
                  </div>
                </th>
                <td>
                  {s.check ? (
                    <>
                      {s.check.dead ? <strong className="error-text">Dead link </strong> : null}
                      {s.check.status ?? s.check.error}{' '}
                      <span className="meta">{s.check.checkedAt.slice(0, 10)}</span>
                    </>
                  ) : (
                    'not checked'
                  )}
                </td>
                <td>
                  {s.copy ? (
                    <a href={`/archive/${s.copy.id}`}>
                      archived copy ({s.copy.retrievedAt.slice(0, 10)})
                    </a>
                  ) : (
                    'none'
                  )}
                </td>
                <td>
                  <form action={archiveSourceAction.bind(null, s.id)} style={{ display: 'inline' }}>
                    <button type="submit" aria-label={`Archive source ${s.id}`}>
                      Archive
                    </button>
                  </form>{' '}
                  <form
                    action={checkSourceLinkAction.bind(null, s.id)}
                    style={{ display: 'inline' }}
                  >
                    <button
                      type="submit"
                      className="secondary"
                      aria-label={`Check the link of source ${s.id}`}
                    >
                      Check link
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
