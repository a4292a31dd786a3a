import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/editor/import-form.tsx';
import styles from '@/components/editor/editor.module.css';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/parse.ts';

export const generateMetadata = pageTitle('editor.titles', 'import');

/** Every CSV column, as lib/import/parse.ts reads it (JSON uses the API's event shape). */
const COLUMNS: [name: string, required: boolean][] = [
  ['slug', true],
  ['title', true],
  ['summary', false],
  ['title_ko', false],
  ['summary_ko', false],
  ['date', true],
  ['endDate', false],
  ['datePrecision', false],
  ['status', false],
  ['publication', false],
  ['locationName', false],
  ['lat', false],
  ['lon', false],
  ['importance', false],
  ['confidence', false],
  ['notes', false],
  ['actors', false],
  ['tags', false],
  ['sourcePublisher', false],
  ['sourceTitle', false],
  ['sourceUrl', false],
  ['sourcePublishedAt', false],
  ['sourceReliability', false],
  ['sourceCredibility', false],
];

export default async function ImportPage() {
  await requirePageAccess('import.run', '/editor/import');
  const t = await getTranslations('editor.import');
  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t('lede', { mb: MAX_IMPORT_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS })}
      </p>
      <p>
        {t('template')}{' '}
        <a href="/templates/events-import-template.csv" download>
          {t('csvTemplate')}
        </a>{' '}
        ·{' '}
        <a href="/templates/events-import-template.json" download>
          {t('jsonTemplate')}
        </a>{' '}
        {t('jsonNote')}
      </p>
      <ImportForm />
      <h2 id="columns-heading">{t('columns')}</h2>
      <div className={styles.wrap}>
        <table className={`${styles.table} ${styles.stack}`} aria-labelledby="columns-heading">
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('required')}</th>
              <th scope="col">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([name, required]) => (
              <tr key={name}>
                <th scope="row">
                  {/* A column's name is typed as it stands, in any language: English. */}
                  <code lang="en">{name}</code>
                </th>
                <td data-label={t('required')}>{required ? t('yes') : t('no')}</td>
                <td data-label={t('meaning')}>{t(`meanings.${name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
