import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { CountTable } from '@/components/overview/count-table.tsx';
import {
  EmptyFigureCard,
  EstimateCard,
  MonthCard,
  RelationsCard,
  TradeCard,
} from '@/components/overview/key-figures.tsx';
import { Link } from '@/i18n/navigation.ts';
import { SearchBox } from '@/components/overview/search-box.tsx';
import { WhereThingsStandSection } from './overview-sections.tsx';
import { RecentChanges } from '@/components/overview/recent-changes.tsx';
import { Watchlist } from '@/components/overview/watchlist.tsx';

import styles from '@/components/overview/overview.module.css';
import { localActorName } from '@/lib/actors/local-name.ts';
import { ActorName } from '@/components/i18n/translated.tsx';
import { localized, type Locale } from '@/lib/i18n/localized.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { listActors, listTags } from '@/lib/db/actors/directory.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';
import { listLatestEvents } from '@/lib/db/events/reads.ts';
import { listEstimates } from '@/lib/db/estimates/reads.ts';
import { listRecentChanges } from '@/lib/db/overview/changes.ts';
import { estimateFigures } from '@/lib/overview/estimate-figure.ts';
import { editorDesk } from '@/lib/db/overview/editor-queue.ts';
import { countEventsByActor, countEventsByYear } from '@/lib/db/events/stats.ts';
import {
  getMonthFigures,
  getRelationFigures,
  getTradeFigures,
} from '@/lib/db/overview/key-figures.ts';

export const dynamic = 'force-dynamic';

/** How many of the latest events the watchlist looks through. */
const RECENT = 50;

export default async function OverviewPage() {
  const t = await getTranslations('overview');
  const locale = await getLocale();
  const lang = locale as Locale;
  const today = new Date().toISOString().slice(0, 10);
  const user = await getCurrentUser();
  const [recent, changes, desk, byActor, byYear, trade, relations, month, actors, tags, estimates] =
    await Promise.all([
      listLatestEvents(RECENT),
      listRecentChanges(12),
      editorDesk(user),
      countEventsByActor(),
      countEventsByYear(),
      getTradeFigures(),
      getRelationFigures(today),
      getMonthFigures(`${today.slice(0, 7)}-01`),
      listActors(),
      listTags(),
      listEstimates({}),
    ]);
  const figures = estimateFigures(estimates.items);
  const total = byYear.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        {total
          ? t('lede', { total, first: byYear[0].year, last: byYear.at(-1)!.year })
          : t('ledeEmpty')}{' '}
        {t('ledeSources')}
      </p>
      <SearchBox />

      <div className={styles.board}>
        <section aria-labelledby="figures-heading" className={styles.figuresSection}>
          <h2 id="figures-heading">{t('keyFigures')}</h2>
          <div className={styles.figures}>
            {figures.length ? (
              figures.map((figure) => <EstimateCard key={figure.quantity} figure={figure} />)
            ) : (
              <EmptyFigureCard
                title={t('estimates')}
                text={t('noEstimates')}
                href="/charts/estimates"
                linkText={t('estimateTracker')}
              />
            )}
            {trade.length ? (
              trade.map((figure) => <TradeCard key={figure.id} figure={figure} />)
            ) : (
              <EmptyFigureCard
                title={t('trade')}
                text={t('noTrade')}
                href="/charts/trade"
                linkText={t('tradeChart')}
              />
            )}
            <RelationsCard figures={relations} />
            <MonthCard figures={month} />
          </div>
        </section>

        <div className={styles.mainColumn}>
          {desk.queue && (
            <section className={`card ${styles.desk}`} aria-labelledby="queue-heading">
              <h2 id="queue-heading">{t('queue')}</h2>
              {desk.queue.drafts ? (
                <>
                  <p>{t('drafts', { count: desk.queue.drafts })}</p>
                  <ul className={styles.plainList}>
                    {desk.queue.newestDrafts.map((d) => (
                      <li key={d.slug}>
                        <Link href={`/editor/events/${d.slug}`}>{d.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="empty">{t('noDrafts')}</p>
              )}
            </section>
          )}
          {desk.deadLinks && (
            <section className={`card ${styles.desk}`} aria-labelledby="dead-links-heading">
              <h2 id="dead-links-heading">{t('deadLinks')}</h2>
              {desk.deadLinks.count ? (
                <>
                  <p>{t('deadLinkCount', { count: desk.deadLinks.count })}</p>
                  <ul className={styles.plainList}>
                    {desk.deadLinks.newest.map((d) => (
                      <li key={d.sourceId}>
                        <Link href={`/editor/sources/${d.sourceId}`}>{d.title}</Link>{' '}
                        <span className="meta">
                          {d.publisher} · {d.status ?? d.error} ·{' '}
                          {t('checked', {
                            date: formatPartialDate(d.checkedAt.slice(0, 10), locale),
                          })}
                        </span>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link href="/editor/sources/links">{t('allSourceLinks')}</Link>
                  </p>
                </>
              ) : (
                <p className="empty">
                  {t('noDeadLinks')} <Link href="/editor/sources/links">{t('sourceLinks')}</Link>
                </p>
              )}
            </section>
          )}
          <section className={`card ${styles.changes}`} aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('whatChanged')}</h2>
            <RecentChanges changes={changes} />
            <p>
              <Link href="/timeline">{t('allEvents')}</Link> ·{' '}
              {/* The feed is one for every language: not under /ko. */}
              <a href="/changes.xml">{t('changeFeed')}</a>
            </p>
          </section>
        </div>
        <div className={styles.sideColumn}>
          <div className={styles.watchlist}>
            <Watchlist
              recent={recent}
              actors={actors.map((a) => ({ value: a.code, label: localActorName(a, lang).text }))}
              tags={tags.map((t) => ({ value: t.slug, label: localized(t, 'name', lang).text }))}
            />
          </div>
          <section className={`card ${styles.byActor}`} aria-labelledby="by-actor-heading">
            <h2 id="by-actor-heading">{t('byActor')}</h2>
            <CountTable
              caption={t('byActorCaption')}
              labelHeader={t('actor')}
              rows={byActor.map((a) => ({
                key: a.code,
                label: <ActorName actor={a} />,
                count: a.count,
                color: a.color,
              }))}
            />
          </section>
        </div>

        <section className={styles.stand} aria-labelledby="stand-heading">
          <h2 id="stand-heading" className={styles.standHeading}>
            {t('whereThingsStand')}
          </h2>
          {/* Below the fold: streamed after the rest of the page, so it never delays it. */}
          <Suspense
            fallback={
              <p className="meta" aria-busy="true">
                {t('loadingStand')}
              </p>
            }
          >
            <WhereThingsStandSection latest={recent[0]?.date ?? null} today={today} />
          </Suspense>
        </section>
      </div>
    </>
  );
}
