'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { shortActorName } from '@/lib/actors/short-name.ts';
import styles from './filters.module.css';
import type { ActorEntry, TagEntry } from '@/lib/shapes/directory.ts';

type Choices = { actors: ActorEntry[]; tags: TagEntry[] };

// Counting every actor's and tag's events takes seconds on a large log; rendered on the
// server it would hold the page's stream open, and the timeline's hydration with it. So the
// choices come from /api/actors and /api/tags once the page is up, once per visit.
let choices: Promise<Choices> | null = null;
function loadChoices(): Promise<Choices> {
  const get = async <T,>(url: string) => {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    return ((await res.json()) as { items: T[] }).items;
  };
  choices ??= Promise.all([get<ActorEntry>('/api/actors'), get<TagEntry>('/api/tags')]).then(
    ([actors, tags]) => ({
      actors: actors.filter((a) => a.kind !== 'person' && a.eventCount > 0),
      tags: tags.filter((t) => t.eventCount > 0),
    }),
  );
  choices.catch(() => (choices = null));
  return choices;
}

/** The filter form's actor and tag checkboxes, each with its number of events, ticked from the URL. */
export function FilterChoices() {
  const params = useSearchParams();
  const [loaded, setLoaded] = useState<Choices | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadChoices().then(
      (c) => live && setLoaded(c),
      (err: unknown) =>
        live &&
        setError(
          err instanceof Error && !(err instanceof TypeError)
            ? err.message
            : 'the network is unreachable',
        ),
    );
    return () => {
      live = false;
    };
  }, []);
  const actor = params.getAll('actor');
  const tag = params.getAll('tag');
  const pending = (what: string) => (
    <span className={styles.count} aria-live="polite">
      {error ? `The ${what} could not be loaded (${error}).` : `Loading the ${what}…`}
    </span>
  );
  return (
    <>
      <fieldset className={styles.group}>
        <legend>Actors</legend>
        {loaded
          ? loaded.actors.map((a) => (
              <label key={a.code} className={styles.check}>
                <input
                  type="checkbox"
                  name="actor"
                  value={a.code}
                  defaultChecked={actor.includes(a.code)}
                />
                {shortActorName(a.name)} <span className={styles.count}>({a.eventCount})</span>
              </label>
            ))
          : pending('actors')}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Tags</legend>
        {loaded
          ? loaded.tags.map((t) => (
              <label key={t.slug} className={styles.check}>
                <input
                  type="checkbox"
                  name="tag"
                  value={t.slug}
                  defaultChecked={tag.includes(t.slug)}
                />
                {t.name} <span className={styles.count}>({t.eventCount})</span>
              </label>
            ))
          : pending('tags')}
      </fieldset>
    </>
  );
}
