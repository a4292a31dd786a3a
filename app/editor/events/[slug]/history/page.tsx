import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import styles from '@/components/editor/editor.module.css';
import { RevisionHistory } from '@/components/editor/revision-history.tsx';
import { revertEventAction } from '@/lib/actions/events.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listEventRevisions } from '@/lib/db/events/history.ts';

export const metadata: Metadata = { title: 'Event history' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('events.write', `/editor/events/${slug}/history`);
  const { notice } = await searchParams;
  const revisions = await listEventRevisions(slug);
  if (!revisions) notFound();
  return (
    <section>
      <h1>History of {slug}</h1>
      <p className="meta">
        <Link href={`/editor/events/${slug}`}>Edit the event</Link>
      </p>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 300)}
        </p>
      ) : null}
      <RevisionHistory
        entries={revisions}
        revertFor={(version) => revertEventAction.bind(null, slug, version)}
      />
    </section>
  );
}
