'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { Link } from '@/i18n/navigation.ts';
import { ActorChips } from '@/components/events/actor-chips.tsx';
import { EventDate } from '@/components/events/event-date.tsx';
import { Translated, useTranslatedText } from '@/components/i18n/translated.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { matchesWatchlist } from '@/lib/overview/watchlist.ts';
import { nextVisits, VISITS_KEY, type Visits } from '@/lib/overview/visits.ts';
import type { RecentChange } from '@/lib/shapes/overview.ts';
import { useWatchlist } from './use-watchlist.ts';
import styles from './overview.module.css';

let thisLoad: Visits | null = null;

/** This page load's visit, recorded once in storage (blocked storage: a first visit). */
function readVisits(): Visits {
  if (thisLoad) return thisLoad;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(VISITS_KEY);
  } catch {
    // Storage blocked: every visit is a first one.
  }
  thisLoad = nextVisits(stored, new Date());
  try {
    window.localStorage.setItem(VISITS_KEY, JSON.stringify(thisLoad));
  } catch {
    // Nothing to keep it in.
  }
  return thisLoad;
}

const noSubscription = () => () => {};

/** This visit and the previous one (null on the server and while hydrating). */
const useVisits = () => useSyncExternalStore(noSubscription, readVisits, () => null);

const savedOn = (iso: string, locale: string) =>
  new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * The latest changes to published events, newest first. After hydration, those made since
 * the reader's last visit and those of followed actors, tags and pairs are marked.
 */
export function RecentChanges({ changes }: { changes: RecentChange[] }) {
  const t = useTranslations('overview.changes');
  const text = useTranslatedText();
  const terms = useTranslations('terms');
  const locale = useLocale();
  const visits = useVisits();
  const { items: followed } = useWatchlist();
  const changeLabel = (c: RecentChange) =>
    c.change === 'new'
      ? t('new')
      : c.change === 'status'
        ? terms(`statusNow.${c.status}`)
        : t('corrected');
  if (!changes.length) return <p className="empty">{t('none')}</p>;
  const sinceLast = visits?.previous ? changes.filter((c) => c.at > visits.previous!).length : null;
  return (
    <>
      {sinceLast !== null && (
        <p className="meta" role="status">
          {sinceLast === 0
            ? t('nothingNew', { date: savedOn(visits!.previous!, locale) })
            : t('sinceLast', { count: sinceLast, date: savedOn(visits!.previous!, locale) })}
        </p>
      )}
      <ul className="event-list">
        {changes.map((c) => {
          const isNew = Boolean(visits?.previous && c.at > visits.previous);
          const isFollowed = Boolean(followed?.length && matchesWatchlist(followed, c.event));
          return (
            <li key={c.event.slug} className={isFollowed ? styles.followed : undefined}>
              <div className="meta">
                <span className={styles.changeKind} data-change={c.change}>
                  {changeLabel(c)}
                </span>
                <span>
                  <span className="visually-hidden">{t('saved')}</span>
                  {savedOn(c.at, locale)}
                </span>
                {isNew && <span className={styles.flag}>{t('sinceLastFlag')}</span>}
                {isFollowed && <span className={styles.flag}>{t('followed')}</span>}
              </div>
              <Link className="title" href={`/events/${c.event.slug}`}>
                <Translated record={c.event} field="title" />
              </Link>
              <div className="meta">
                <EventDate event={c.event} />
                <StatusBadge status={c.event.status} />
              </div>
              <ActorChips
                actors={c.event.actors}
                label={t('actorsIn', { title: text(c.event, 'title') })}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
