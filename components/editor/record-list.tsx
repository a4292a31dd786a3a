import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { RECORD_META, type RecordKind } from '@/lib/records/kinds.ts';
import type { RecordListQuery } from '@/lib/schemas/editor.ts';
import styles from './editor.module.css';
import type { DetailPart, RecordListRow } from '@/lib/shapes/records.ts';

type TrashAction = (key: string, trash: boolean, form: FormData) => Promise<void>;

interface Props {
  kind: RecordKind;
  query: RecordListQuery;
  list: { rows: RecordListRow[]; total: number; pages: number };
  trashAction: TrashAction;
}

/** A kind's records (or its trash) for editors: search, pages, and what each row allows. */
export function RecordList({ kind, query, list, trashAction }: Props) {
  const t = useTranslations('editor');
  const { segment, filter } = RECORD_META[kind];
  const noun = t(`kinds.${kind}.noun`);
  const plural = t(`kinds.${kind}.plural`);
  // The plural inside a sentence ("Search sources"), and the noun with its count.
  const lower = t(`kinds.${kind}.lower`);
  const filterLabel = filter ? t(`kinds.${kind}.filter`) : '';
  // Filter values that are words (kinds, flows) said in the page's language; codes stay.
  const FILTER_WORDS: Partial<Record<RecordKind, string>> = {
    actor: 'values.actorKind',
    trade: 'values.flow',
    link: 'values.linkKind',
  };
  const filterText = (value: string) =>
    FILTER_WORDS[kind] ? t(`${FILTER_WORDS[kind]}.${value}`) : value.replace('_', ' ');
  // A part's values as given (a conditional's branches may leave one key undefined).
  const detail = (parts: DetailPart[]) =>
    parts
      .map((p) => (typeof p === 'string' ? p : t(p.t, p.v as Record<string, string | number>)))
      .join(' · ');
  const trash = query.view === 'trash';
  const base = `/editor/${segment}`;
  const pageHref = (page: number) =>
    `${base}?${new URLSearchParams({ ...(trash && { view: 'trash' }), ...(query.q && { q: query.q }), ...(query.filter && { filter: query.filter }), page: String(page) })}`;
  return (
    <section>
      <h1>{trash ? t('recordList.trashed', { plural: lower }) : plural}</h1>
      {query.saved ? (
        <p role="status" className={styles.notice}>
          {t('list.saved')}{' '}
          <Link href={`${base}/${encodeURIComponent(query.saved)}`}>{t('list.editAgain')}</Link> ·{' '}
          <Link href={`${base}/${encodeURIComponent(query.saved)}/history`}>
            {t('table.history')}
          </Link>
        </p>
      ) : null}
      {query.notice ? (
        <p role="status" className={styles.notice}>
          {query.notice}
        </p>
      ) : null}
      <p className="meta">
        <Link href={`${base}/new`}>{t('recordForm.new', { noun })}</Link> ·{' '}
        {trash ? (
          <Link href={base}>{t('recordList.inUse', { plural })}</Link>
        ) : (
          <Link href={`${base}?view=trash`}>{t('list.trash')}</Link>
        )}
      </p>
      {trash ? <p className="lede">{t('recordList.trashLede', { plural: lower })}</p> : null}
      <form role="search" method="get" action={base} className={styles.actions}>
        {trash ? <input type="hidden" name="view" value="trash" /> : null}
        <label htmlFor="record-search">{t('recordList.search', { plural: lower })}</label>
        <input id="record-search" name="q" type="search" defaultValue={query.q ?? ''} />
        {filter ? (
          <>
            <label htmlFor="record-filter">{filterLabel}</label>
            <select id="record-filter" name="filter" defaultValue={query.filter ?? ''}>
              <option value="">{t('recordList.any')}</option>
              {filter.options.map((o) => (
                <option key={o} value={o}>
                  {filterText(o)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" className="secondary">
          {t('list.search')}
        </button>
      </form>
      <p className="meta">
        {t('recordList.count', { count: list.total, noun, plural: lower })}
        {query.q ? t('recordList.matching', { q: query.q }) : ''}
        {filter && query.filter
          ? t('recordList.with', { filter: filterLabel, value: filterText(query.filter) })
          : ''}
        {list.pages > 1 ? t('recordList.page', { page: query.page, pages: list.pages }) : ''}
      </p>
      {list.rows.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">
              {trash ? t('recordList.trashed', { plural: lower }) : plural}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`kinds.${kind}.column`)}</th>
                <th scope="col">{t('recordList.details')}</th>
                <th scope="col">{t('table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    {trash ? (
                      r.title
                    ) : (
                      <Link href={`${base}/${encodeURIComponent(r.key)}`}>{r.title}</Link>
                    )}
                  </th>
                  <td>{detail(r.detail)}</td>
                  <td className={styles.actions}>
                    <Link
                      href={`${base}/${encodeURIComponent(r.key)}/history`}
                      aria-label={t('table.historyLabel', { title: r.title })}
                    >
                      {t('table.history')}
                    </Link>
                    <form action={trashAction.bind(null, r.key, !trash)}>
                      <button
                        type="submit"
                        className={trash ? undefined : 'secondary'}
                        aria-label={t(trash ? 'table.restoreLabel' : 'recordList.trashLabel', {
                          title: r.title,
                        })}
                      >
                        {trash ? t('table.restore') : t('table.trash')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>
          {trash
            ? t('table.trashEmpty')
            : query.q
              ? t('recordList.noMatch')
              : t('recordList.none', { plural: lower })}
        </p>
      )}
      {list.pages > 1 ? (
        <nav aria-label={t('recordList.pages')} className={styles.actions}>
          {query.page > 1 ? (
            <Link href={pageHref(query.page - 1)}>{t('recordList.previous')}</Link>
          ) : null}
          {query.page < list.pages ? (
            <Link href={pageHref(query.page + 1)}>{t('recordList.next')}</Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
