import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getRecord } from '@/lib/db/versioned/writes.ts';
import { listRecordRevisions } from '@/lib/db/versioned/history.ts';
import { listRecordsForEditor, RECORD_SPECS } from '@/lib/db/versioned/specs.ts';
import { recordInputToForm, type RecordFormState } from '@/lib/records/form.ts';
import { RECORD_META, type RecordKind } from '@/lib/records/kinds.ts';
import { recordListQuerySchema } from '@/lib/schemas/editor.ts';
import styles from '@/components/editor/editor.module.css';
import { RecordForm } from '@/components/editor/record-form.tsx';
import { RecordList } from '@/components/editor/record-list.tsx';
import { RevisionHistory } from '@/components/editor/revision-history.tsx';
import { Link } from '@/i18n/navigation.ts';

// The four editor pages every record kind has (list, new, edit, history): each page file
// under app/editor/<kind>/ renders one of these with its kind and its server actions.

/** Each kind's fields whose values are choices, by their words' group in editor.values. */
const CHOICES: Record<RecordKind, Record<string, string>> = {
  source: {},
  quote: {},
  actor: { kind: 'actorKind' },
  tag: {},
  trade: { flow: 'flow', confidence: 'confidence' },
  estimate: {},
  era: {},
  link: { kind: 'linkKind' },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type SaveAction = (state: RecordFormState, form: FormData) => Promise<RecordFormState>;
type KeyAction<T> = (key: string, arg: T, form: FormData) => Promise<void>;

export async function RecordListPage({
  kind,
  searchParams,
  trashAction,
}: {
  kind: RecordKind;
  searchParams: SearchParams;
  trashAction: KeyAction<boolean>;
}) {
  const query = recordListQuerySchema.parse(await searchParams);
  const list = await listRecordsForEditor(kind, {
    q: query.q,
    filter: query.filter,
    trashed: query.view === 'trash',
    page: query.page,
  });
  return <RecordList kind={kind} query={query} list={list} trashAction={trashAction} />;
}

/** `values` prefill the form (an estimate started from its event's editor page). */
export async function NewRecordPage({
  kind,
  saveAction,
  values = {},
}: {
  kind: RecordKind;
  saveAction: SaveAction;
  values?: Record<string, string>;
}) {
  const t = await getTranslations('editor');
  return (
    <section>
      <h1>{t('recordForm.new', { noun: t(`kinds.${kind}.noun`) })}</h1>
      <RecordForm kind={kind} action={saveAction} initial={{ values }} />
    </section>
  );
}

export async function EditRecordPage({
  kind,
  recordKey,
  saveAction,
  trashAction,
}: {
  kind: RecordKind;
  recordKey: string;
  saveAction: SaveAction;
  trashAction: KeyAction<boolean>;
}) {
  const spec = RECORD_SPECS[kind];
  const record = await getRecord(spec, recordKey, { canSeeDrafts: true });
  if (!record) notFound();
  const t = await getTranslations('editor');
  const noun = t(`kinds.${kind}.noun`);
  const { segment } = RECORD_META[kind];
  const values = {
    ...recordInputToForm(kind, spec.toInput(record)),
    key: recordKey,
    version: String(record.version),
  };
  return (
    <section>
      <h1>{t('recordPages.edit', { noun, key: recordKey })}</h1>
      <p className="meta">
        {t('history.version', { version: record.version })} ·{' '}
        <Link href={`/editor/${segment}/${encodeURIComponent(recordKey)}/history`}>
          {t('table.history')}
        </Link>
      </p>
      <RecordForm kind={kind} action={saveAction} initial={{ values }} />
      <form action={trashAction.bind(null, recordKey, true)} className={styles.actions}>
        <button type="submit" className="secondary">
          {t('recordPages.trash', { noun })}
        </button>
      </form>
    </section>
  );
}

export async function RecordHistoryPage({
  kind,
  recordKey,
  searchParams,
  revertAction,
}: {
  kind: RecordKind;
  recordKey: string;
  searchParams: SearchParams;
  revertAction: KeyAction<number>;
}) {
  const { notice } = await searchParams;
  const entries = await listRecordRevisions(RECORD_SPECS[kind], recordKey);
  if (!entries) notFound();
  const t = await getTranslations('editor');
  const noun = t(`kinds.${kind}.noun`);
  const { segment, fields } = RECORD_META[kind];
  return (
    <section>
      <h1>{t('recordPages.history', { noun, key: recordKey })}</h1>
      <p className="meta">
        <Link href={`/editor/${segment}/${encodeURIComponent(recordKey)}`}>
          {t('recordPages.editThe', { noun })}
        </Link>
      </p>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 300)}
        </p>
      ) : null}
      <RevisionHistory
        entries={entries}
        labels={Object.fromEntries(
          fields.map((f) => [f.name, t(`kinds.${kind}.fields.${f.name}.label`)]),
        )}
        choices={CHOICES[kind]}
        revertFor={(version) => revertAction.bind(null, recordKey, version)}
      />
    </section>
  );
}
