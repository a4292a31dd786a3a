import Form from 'next/form';
import Link from 'next/link';
import type { ActorEntry, TagEntry } from '@/lib/db/actor-directory.ts';
import type { TimelineQuery } from '@/lib/schemas/event-query.ts';
import { STATUS_LABELS } from './status-mark.tsx';
import styles from './filters.module.css';
import { WindowFields } from './window-fields.tsx';
import { shortActorName } from '@/lib/actors/short-name.ts';

interface Props {
  query: TimelineQuery;
  actors: ActorEntry[];
  tags: TagEntry[];
}

/**
 * The filters as a plain GET form: submitting navigates to /timeline with the filters in
 * the URL (client-side through next/form, a full load without JavaScript).
 */
export function TimelineFilters({ query, actors, tags }: Props) {
  return (
    <Form action="/timeline" className={styles.filters} aria-label="Filter events">
      <div className={styles.row}>
        <label className={styles.search}>
          Search
          <input type="search" name="q" defaultValue={query.q ?? ''} placeholder="e.g. troops Kursk" />
        </label>
        <WindowFields />
        <label>
          Lanes
          <select name="lanes" defaultValue={query.lanes}>
            <option value="actor">one per actor</option>
            <option value="tag">one per tag</option>
            <option value="status">one per status</option>
          </select>
        </label>
      </div>
      <fieldset className={styles.group}>
        <legend>Actors</legend>
        {actors.map((a) => (
          <label key={a.code} className={styles.check}>
            <input type="checkbox" name="actor" value={a.code} defaultChecked={query.actor.includes(a.code)} />
            {shortActorName(a.name)} <span className={styles.count}>({a.eventCount})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Tags</legend>
        {tags.map((t) => (
          <label key={t.slug} className={styles.check}>
            <input type="checkbox" name="tag" value={t.slug} defaultChecked={query.tag.includes(t.slug)} />
            {t.name} <span className={styles.count}>({t.eventCount})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Status</legend>
        {['reported', 'confirmed', 'disputed', 'denied'].map((s) => (
          <label key={s} className={styles.check}>
            <input type="checkbox" name="status" value={s} defaultChecked={query.status.includes(s as never)} />
            {STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <button type="submit" className={styles.apply}>Apply filters</button>
        <Link href="/timeline">Clear all</Link>
      </div>
    </Form>
  );
}
