import { pageTitle } from '@/lib/i18n/page-title.ts';
import { ImportForm } from '@/components/editor/import-form.tsx';
import styles from '@/components/editor/editor.module.css';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/parse.ts';

export const generateMetadata = pageTitle('editor.titles', 'import');

/** Every CSV column, as lib/import/parse.ts reads it (JSON uses the API's event shape). */
const COLUMNS: [name: string, required: boolean, meaning: string][] = [
  [
    'slug',
    true,
    'The event’s web address: lower-case words joined by hyphens. An existing slug is updated.',
  ],
  ['title', true, 'One line saying what happened.'],
  ['summary', false, 'What happened, in Markdown.'],
  ['date', true, 'Start date, YYYY-MM-DD.'],
  ['endDate', false, 'Last day, YYYY-MM-DD, for an event over several days.'],
  ['datePrecision', false, 'day, month or year: how precisely the date is known (default day).'],
  ['status', false, 'reported, confirmed, disputed, denied or retracted (default reported).'],
  ['publication', false, 'draft or published (default draft).'],
  ['locationName', false, 'Where, in words; lat and lon go with it.'],
  ['lat', false, 'Latitude, −90 to 90.'],
  ['lon', false, 'Longitude, −180 to 180.'],
  ['importance', false, '1 (minor) to 5 (major), default 3.'],
  ['confidence', false, 'high, medium or low (default medium).'],
  ['notes', false, 'How disagreements between sources were settled.'],
  ['actors', false, 'Actor codes joined by |, each with an optional role: KP:participant|RU.'],
  ['tags', false, 'Tag slugs joined by |: military|treaty. New ones are created.'],
  ['sourcePublisher', false, 'Who published the one source of a CSV row (JSON rows list many).'],
  ['sourceTitle', false, 'Its headline or a description.'],
  [
    'sourceUrl',
    false,
    'Its address. A URL already on file (in any spelling: case, trailing slash, tracking parameters) cites that source instead of copying it.',
  ],
  ['sourcePublishedAt', false, 'Its date: YYYY, YYYY-MM or YYYY-MM-DD.'],
  [
    'sourceReliability',
    false,
    'Admiralty grade of the publisher, A (reliable) to F (cannot be judged).',
  ],
  [
    'sourceCredibility',
    false,
    'Admiralty grade of this report, 1 (confirmed) to 6 (cannot be judged).',
  ],
];

export default async function ImportPage() {
  await requirePageAccess('import.run', '/editor/import');
  return (
    <section>
      <h1>Import events</h1>
      <p className="lede">
        Upload a CSV or JSON file of events (up to {MAX_IMPORT_BYTES / 1024 / 1024} MB and{' '}
        {MAX_IMPORT_ROWS} rows). A dry run shows, row by row, what would be created, what would
        update an existing slug, what is wrong, and which stored events a row may repeat. Applying
        is all or nothing.
      </p>
      <p>
        Start from a template:{' '}
        <a href="/templates/events-import-template.csv" download>
          CSV template
        </a>{' '}
        ·{' '}
        <a href="/templates/events-import-template.json" download>
          JSON template
        </a>{' '}
        (JSON rows take the API’s event shape, with several sources and quotes).
      </p>
      <ImportForm />
      <h2 id="columns-heading">CSV columns</h2>
      <div className={styles.wrap}>
        <table className={`${styles.table} ${styles.stack}`} aria-labelledby="columns-heading">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([name, required, meaning]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td data-label="Required">{required ? 'yes' : 'no'}</td>
                <td data-label="Meaning">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
