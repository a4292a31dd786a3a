import type { Metadata } from 'next';
import { ImportForm } from '@/components/editor/import-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/parse.ts';

export const metadata: Metadata = { title: 'Import events' };

export default async function ImportPage() {
  await requirePageAccess('import.run', '/editor/import');
  return (
    <section>
      <h1>Import events</h1>
      <p className="lede">
        Upload a CSV or JSON file of events (up to {MAX_IMPORT_BYTES / 1024 / 1024} MB and{' '}
        {MAX_IMPORT_ROWS} rows). A dry run shows, row by row, what would be created, what would
        update an existing slug and what is wrong. Applying is all or nothing. CSV columns: slug,
        title, summary, date, endDate, datePrecision, status, publication, locationName, lat, lon,
        importance, confidence, notes, actors (KP:participant|RU), tags (military|treaty),
        sourcePublisher, sourceTitle, sourceUrl, sourcePublishedAt, sourceReliability,
        sourceCredibility.
      </p>
      <ImportForm />
    </section>
  );
}
