'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useActorLabel, useTranslatedText } from '@/components/i18n/translated.tsx';
import { whenIdle } from '@/components/ui/when-idle.ts';
import { facetsQuery } from '@/lib/timeline/view-query.ts';
import styles from './filters.module.css';
import type { ActorEntry, TagEntry } from '@/lib/shapes/directory.ts';
import type { FilterFacets } from '@/lib/shapes/timeline.ts';

type Choices = { actors: ActorEntry[]; tags: TagEntry[] };

// Counting every actor's and tag's events takes seconds on a large log; rendered on the
// server it would hold the page's stream open, and the timeline's hydration with it. So the
// choices come from /api/actors and /api/tags once the page is up, once per visit; under
// active filters, their counts from /api/timeline/facets. "Up" means idle (whenIdle): the
// filter bar hydrates before the timeline, and lists fetched and rendered in between would
// hold the timeline back (its requests on the same small server, its checkboxes' render
// ahead of the chart's hydration); the lists sit in closed <details> meanwhile.
let choices: Promise<Choices> | null = null;
const get = async <T,>(url: string): Promise<T> => {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  return (await res.json()) as T;
};
function loadChoices(): Promise<Choices> {
  choices ??= Promise.all([
    get<{ items: ActorEntry[] }>('/api/actors'),
    get<{ items: TagEntry[] }>('/api/tags'),
  ]).then(([actors, tags]) => ({
    actors: actors.items.filter((a) => a.kind !== 'person' && a.eventCount > 0),
    tags: tags.items.filter((t) => t.eventCount > 0),
  }));
  choices.catch(() => (choices = null));
  return choices;
}

const problem = (err: unknown) =>
  err instanceof Error && !(err instanceof TypeError) ? err.message : 'the network is unreachable';

interface Option {
  value: string;
  label: string;
  /** What the type-ahead matches: the name and the code or slug. */
  search: string;
  count: number;
}

/** One closed list of checkboxes with a type-ahead box that narrows it (by name or code). */
function Pick({
  name,
  title,
  options,
  chosen,
  pending,
  extra,
}: {
  name: string;
  title: string;
  options: Option[] | null;
  chosen: string[];
  pending: React.ReactNode;
  extra?: React.ReactNode;
}) {
  const t = useTranslations('timeline.filters');
  const [typed, setTyped] = useState('');
  const needle = typed.trim().toLowerCase();
  const labelOf = (v: string) => options?.find((o) => o.value === v)?.label ?? v;
  return (
    <details className={styles.pick}>
      <summary>
        {title}
        {chosen.length ? `: ${chosen.map(labelOf).join(', ')}` : ''}
      </summary>
      {extra}
      <input
        type="search"
        className={styles.typeahead}
        aria-label={t('find', { what: title })}
        placeholder={t('typeName')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <fieldset className={styles.group}>
        <legend className="sr-only">{title}</legend>
        {options ? (
          options.map((o) => (
            <label
              key={o.value}
              className={styles.check}
              hidden={needle !== '' && !o.search.includes(needle)}
            >
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={chosen.includes(o.value)}
              />
              {o.label} <span className={styles.count}>({o.count})</span>
            </label>
          ))
        ) : (
          <>
            {pending}
            {/* Until the list arrives, the chosen ones still go with the form. */}
            {chosen.map((v) => (
              <input key={v} type="hidden" name={name} value={v} />
            ))}
          </>
        )}
      </fieldset>
    </details>
  );
}

/**
 * The filter bar's actors (with any/all) and tags, each with its number of events under the
 * other active filters, ticked from the URL.
 */
export function FilterChoices({ actorMode }: { actorMode: 'any' | 'all' }) {
  const t = useTranslations('timeline.filters');
  const actorLabel = useActorLabel();
  const tagLabel = useTranslatedText();
  const params = useSearchParams();
  const [loaded, setLoaded] = useState<Choices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = facetsQuery(params);
  const [facets, setFacets] = useState<{ key: string; value: FilterFacets } | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() =>
      loadChoices().then(
        (c) => live && setLoaded(c),
        (err: unknown) => live && setError(problem(err)),
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, []);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const cancel = whenIdle(() =>
      get<FilterFacets>(`/api/timeline/facets?${key}`).then(
        (value) => live && setFacets({ key, value }),
        () => {}, // the unfiltered counts stay; the list still works
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [key]);
  const actor = params.getAll('actor');
  const tag = params.getAll('tag');
  const under = key && facets?.key === key ? facets.value : null;
  const pending = (list: 'Actors' | 'Tags') => (
    <span className={styles.count} aria-live="polite">
      {error ? t(`loadFailed${list}`, { error }) : t(`loading${list}`)}
    </span>
  );
  const actors = loaded?.actors.map((a) => ({
    value: a.code,
    label: actorLabel(a),
    search: `${a.name} ${a.nameKo ?? ''} ${a.code}`.toLowerCase(),
    count: under ? (under.actors[a.code] ?? 0) : a.eventCount,
  }));
  const tags = loaded?.tags.map((t) => ({
    value: t.slug,
    label: tagLabel(t, 'name'),
    search: `${t.name} ${t.nameKo ?? ''} ${t.slug}`.toLowerCase(),
    count: under ? (under.tags[t.slug] ?? 0) : t.eventCount,
  }));
  return (
    <>
      <Pick
        name="actor"
        title={t('actors')}
        options={actors ?? null}
        chosen={actor}
        pending={pending('Actors')}
        extra={
          <label className={styles.check}>
            {t('naming')}
            <select name="actorMode" defaultValue={actorMode}>
              <option value="any">{t('anyActor')}</option>
              <option value="all">{t('everyActor')}</option>
            </select>
          </label>
        }
      />
      <Pick
        name="tag"
        title={t('tags')}
        options={tags ?? null}
        chosen={tag}
        pending={pending('Tags')}
      />
    </>
  );
}
