'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { useId, useState, type FormEvent } from 'react';
import { EventList } from '@/components/events/event-list.tsx';
import {
  followQuery,
  matchesWatchlist,
  pairItem,
  type FollowItem,
} from '@/lib/overview/watchlist.ts';
import type { EventSummary } from '@/lib/shapes/event.ts';
import { useWatchlist } from './use-watchlist.ts';
import styles from './overview.module.css';

interface Choice {
  value: string;
  label: string;
}

type Kind = 'actor' | 'tag' | 'pair';

/**
 * Actors, tags and pairs a reader follows, kept in this browser: their events among the
 * latest, and a feed and a timeline link for exactly that list.
 */
export function Watchlist({
  actors,
  tags,
  recent,
}: {
  actors: Choice[];
  tags: Choice[];
  recent: EventSummary[];
}) {
  const t = useTranslations('overview.watchlist');
  const { items, add, remove } = useWatchlist();
  const id = useId();
  const [kind, setKind] = useState<Kind>('actor');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const names = new Map(
    [...actors, ...tags.map((t) => ({ ...t, value: `tag:${t.value}` }))].map((c) => [
      c.value,
      c.label,
    ]),
  );
  const label = (item: FollowItem) => {
    const [k, v] = item.split(':') as [Kind, string];
    if (k === 'pair')
      return v
        .split('-')
        .map((code) => names.get(code) ?? code)
        .join(' + ');
    return k === 'tag' ? `#${names.get(item) ?? v}` : (names.get(v) ?? v);
  };

  function follow(e: FormEvent) {
    e.preventDefault();
    if (!first) return setError(kind === 'tag' ? t('chooseTag') : t('chooseActor'));
    if (kind === 'pair' && (!second || second === first)) return setError(t('chooseSecond'));
    add(kind === 'pair' ? pairItem(first, second) : (`${kind}:${first}` as FollowItem));
    setError(null);
    setFirst('');
    setSecond('');
  }

  const query = items?.length ? followQuery(items) : '';
  const feedUrl =
    items?.length && typeof window !== 'undefined'
      ? `${window.location.origin}/feed.xml?${query}`
      : '';
  const matching = items?.length ? recent.filter((e) => matchesWatchlist(items, e)) : [];
  const options = kind === 'tag' ? tags : actors;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('title')}</h2>
      <noscript>
        <p className="meta">{t('noscript')}</p>
      </noscript>
      {items === null ? null : items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ul className={styles.chips} aria-label={t('followedList')}>
          {items.map((item) => (
            <li key={item}>
              {label(item)}
              <button
                type="button"
                className={styles.unfollow}
                onClick={() => remove(item)}
                aria-label={t('unfollow', { name: label(item) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={follow} className={styles.followForm} noValidate>
        <div>
          <label htmlFor={`${id}-kind`}>{t('follow')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setFirst('');
              setSecond('');
              setError(null);
            }}
          >
            <option value="actor">{t('anActor')}</option>
            <option value="tag">{t('aTag')}</option>
            <option value="pair">{t('aPair')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-first`}>{kind === 'tag' ? t('tag') : t('actor')}</label>
          <select
            id={`${id}-first`}
            value={first}
            onChange={(e) => setFirst(e.target.value)}
            aria-invalid={error && !first ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <option value="">{t('choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {kind === 'pair' && (
          <div>
            <label htmlFor={`${id}-second`}>{t('and')}</label>
            <select
              id={`${id}-second`}
              value={second}
              onChange={(e) => setSecond(e.target.value)}
              aria-describedby={error ? `${id}-error` : undefined}
            >
              <option value="">{t('choose')}</option>
              {actors
                .filter((a) => a.value !== first)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </select>
          </div>
        )}
        <button type="submit">{t('follow')}</button>
        {error && (
          <p id={`${id}-error`} className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {items && items.length > 0 && (
        <>
          <h3>{t('latest')}</h3>
          {matching.length ? (
            <EventList events={matching.slice(0, 8)} />
          ) : (
            <p className="empty">{t('noneMatching', { count: recent.length })}</p>
          )}
          <p>
            <Link href={`/timeline?${query}`}>{t('onTimeline')}</Link>
          </p>
          <div className={styles.feedRow}>
            <label htmlFor={`${id}-feed`}>{t('feed')}</label>
            <input id={`${id}-feed`} readOnly value={feedUrl} onFocus={(e) => e.target.select()} />
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard?.writeText(feedUrl).catch(() => {});
                setCopied(true);
              }}
            >
              {t('copy')}
            </button>
            <span role="status" className="meta">
              {copied ? t('copied') : ''}
            </span>
          </div>
        </>
      )}
    </section>
  );
}
