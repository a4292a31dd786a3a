import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import styles from '@/components/editor/editor.module.css';
import { revertEventAction } from '@/lib/actions/events.ts';
import { listEventRevisions } from '@/lib/db/event-history.ts';

export const metadata: Metadata = { title: 'Event history' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string }> };
const UTC = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function HistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { notice } = await searchParams;
  const revisions = await listEventRevisions(slug);
  if (!revisions) notFound();
  return (
    <section>
      <h1>History of {slug}</h1>
      <p className="meta"><Link href={`/editor/events/${slug}`}>Edit the event</Link></p>
      {typeof notice === 'string' ? <p role="status" className={styles.notice}>{notice.slice(0, 300)}</p> : null}
      <ol className="event-list" reversed>
        {revisions.map((r, i) => (
          <li key={r.version}>
            <div className="meta">
              <strong>Version {r.version}</strong> · {r.action} · <time dateTime={r.at}>{UTC.format(new Date(r.at))} UTC</time> · by {r.author ?? 'a removed account'}
            </div>
            {r.changes.length ? (
              <ul className={styles.changes}>
                {r.changes.map((c) => (
                  <li key={c.field}>
                    <strong>{c.field}</strong>: <del>{c.before.slice(0, 300)}</del> → <ins>{c.after.slice(0, 300)}</ins>
                  </li>
                ))}
              </ul>
            ) : <p className="meta">No field changed.</p>}
            {i > 0 ? (
              <form action={revertEventAction.bind(null, slug, r.version)}>
                <button type="submit" className="secondary">Revert to version {r.version}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
