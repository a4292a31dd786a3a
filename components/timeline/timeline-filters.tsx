import Form from 'next/form';
import Link from 'next/link';
import type { TimelineQuery } from '@/lib/schemas/event-query.ts';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import styles from './filters.module.css';
import { FilterChoices } from './filter-choices.tsx';
import { WindowFields } from './window-fields.tsx';

/** The status choices (retracted is not offered here, as before; the URL may still name it). */
const FILTER_STATUSES = CLAIM_STATUSES.filter((s) => s !== 'retracted');

interface Props {
  query: TimelineQuery;
}

/**
 * The filters as a plain GET form: submitting navigates to /timeline with the filters in
 * the URL (client-side through next/form, a full load without JavaScript).
 */
export function TimelineFilters({ query }: Props) {
  return (
    <Form action="/timeline" className={styles.filters} aria-label="Filter events">
      <div className={styles.row}>
        <label className={styles.search}>
          Search
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ''}
            placeholder="e.g. troops Kursk"
          />
        </label>
        <WindowFields />
        <label className={styles.check}>
          <input type="checkbox" name="people" value="1" defaultChecked={query.people === '1'} />A
          row per person too
        </label>
        <label>
          Lanes
          <select name="lanes" defaultValue={query.lanes}>
            <option value="none">none: every event once</option>
            <option value="actor">one per actor</option>
            <option value="tag">one per tag</option>
            <option value="status">one per status</option>
          </select>
        </label>
      </div>
      <FilterChoices />
      <fieldset className={styles.group}>
        <legend>Status</legend>
        {FILTER_STATUSES.map((s) => (
          <label key={s} className={styles.check}>
            <input
              type="checkbox"
              name="status"
              value={s}
              defaultChecked={query.status.includes(s)}
            />
            {CLAIM_STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <button type="submit" className={styles.apply}>
          Apply filters
        </button>
        <Link href="/timeline">Clear all</Link>
      </div>
    </Form>
  );
}
