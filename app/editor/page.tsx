import type { Metadata } from 'next';
import Link from 'next/link';
import { EditorEventTable } from '@/components/editor/editor-event-table.tsx';
import styles from '@/components/editor/editor.module.css';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listEventsForEditor } from '@/lib/db/events/history.ts';
import { editorListQuerySchema } from '@/lib/schemas/editor.ts';

export const metadata: Metadata = { title: 'Editor' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorPage({ searchParams }: Props) {
  await requirePageAccess('events.write', '/editor');
  const query = editorListQuerySchema.parse(await searchParams);
  const trash = query.view === 'trash';
  const rows = await listEventsForEditor({ trash });
  return (
    <section>
      <h1>{trash ? 'Trash' : 'Events'}</h1>
      {query.saved ? (
        <p role="status" className={styles.notice}>
          Saved. <Link href={`/editor/events/${query.saved}`}>Edit again</Link> ·{' '}
          <Link href={`/events/${query.saved}`}>View public page</Link> (published events only)
        </p>
      ) : null}
      {query.notice ? (
        <p role="status" className={styles.notice}>
          {query.notice}
        </p>
      ) : null}
      {trash ? (
        <p className="lede">
          Trashed events are hidden from readers and kept with their history. Restore brings one
          back as it was.
        </p>
      ) : null}
      <EditorEventTable rows={rows} trash={trash} />
    </section>
  );
}
