import Form from 'next/form';
import Link from 'next/link';
import type { TimelineQuery } from '@/lib/schemas/event-query.ts';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import { AutoApply } from './auto-apply.tsx';
import styles from './filters.module.css';
import { FilterChoices } from './filter-choices.tsx';
import { FilterDrawer } from './filter-drawer.tsx';
import { WindowFields } from './window-fields.tsx';

/** The status choices (retracted is not offered here, as before; the URL may still name it). */
const FILTER_STATUSES = CLAIM_STATUSES.filter((s) => s !== 'retracted');

interface Props {
  query: TimelineQuery;
}

/**
 * The filter bar as a plain GET form: with JavaScript each change applies at once
 * (AutoApply submits it, client-side through next/form); without, the Apply button does, by
 * a full load. Actors, tags and statuses sit in closed <details>, so the bar is a few Tab
 * stops, each opening onto a type-ahead list.
 */
export function TimelineFilters({ query }: Props) {
  const chosenStatuses = query.status.map((s) => CLAIM_STATUS_LABELS[s] ?? s);
  const active =
    query.actor.length +
    query.tag.length +
    query.status.length +
    (query.q ? 1 : 0) +
    (query.from || query.to ? 1 : 0);
  return (
    <Form action="/timeline" className={styles.filters} aria-label="Filter events" id="filters">
      <FilterDrawer active={active}>
        <div className={styles.row}>
          <label className={styles.search}>
            Search
            <input
              type="search"
              name="q"
              defaultValue={query.q ?? ''}
              placeholder="e.g. troops Kursk, or a phrase someone said"
            />
          </label>
          <WindowFields />
          <FilterChoices actorMode={query.actorMode} />
          <details className={styles.pick}>
            <summary>Status{chosenStatuses.length ? `: ${chosenStatuses.join(', ')}` : ''}</summary>
            <fieldset className={styles.group}>
              <legend className="sr-only">Status</legend>
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
          </details>
          <label>
            Lanes
            <select name="lanes" defaultValue={query.lanes}>
              <option value="none">none: every event once</option>
              <option value="actor">one per actor</option>
              <option value="tag">one per tag</option>
              <option value="status">one per status</option>
            </select>
          </label>
          <label className={styles.check}>
            <input type="checkbox" name="people" value="1" defaultChecked={query.people === '1'} />A
            row per person too
          </label>
          <label>
            List order
            <select name="sort" defaultValue={query.sort ?? ''}>
              <option value="">{query.q ? 'best match' : 'newest first'}</option>
              {query.q ? <option value="newest">newest first</option> : null}
              <option value="oldest">oldest first</option>
            </select>
          </label>
          <button type="submit" className={styles.apply} data-apply>
            Apply filters
          </button>
          <Link href="/timeline">Clear all</Link>
        </div>
      </FilterDrawer>
      <AutoApply />
    </Form>
  );
}
