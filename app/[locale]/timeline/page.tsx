import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import { Suspense } from 'react';
import { AsOfControl } from '@/components/timeline/as-of-control.tsx';
import { ExportLinks } from '@/components/timeline/export-links.tsx';
import { TimelineFilters } from '@/components/timeline/timeline-filters.tsx';
import { getTimeline } from '@/lib/db/timeline/window.ts';
import { InvalidInput } from '@/lib/errors.ts';
import { parseQuery } from '@/lib/http/handler.ts';
import { timelineQuerySchema } from '@/lib/schemas/event-query.ts';
import styles from './page.module.css';
import { ListSection, PanelSection, TimelineSection, TradeSection } from './sections.tsx';

export const dynamic = 'force-dynamic';
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'timeline' }))('title') };
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

const Skeleton = ({ label, height }: { label: string; height: string }) => (
  <div className="card skeleton" style={{ minHeight: height }} aria-busy="true">
    <p className="meta">{label}</p>
  </div>
);

/**
 * The shell at once, then each part as its data arrives. After that the client owns the
 * view: zooming and panning fetch /api/timeline and /api/events and never re-render this page.
 */
export default async function TimelinePage({ params: route, searchParams }: Props) {
  setRequestLocale((await route).locale);
  const t = await getTranslations('timeline');
  const params = toParams(await searchParams);
  let query;
  try {
    query = parseQuery(timelineQuerySchema, params);
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    return <BadQuery fields={err.fields} />;
  }
  // "Show on timeline" (focus=<slug>) selects the event it zooms to.
  query = { ...query, event: query.event ?? query.focus };
  // One query for the timeline and the trade chart's window; awaited inside their boundaries.
  const timeline = getTimeline(query);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <TimelineFilters key={params.toString()} query={query} />
      <AsOfControl />
      <div className={query.event ? styles.withPanel : styles.single}>
        <Suspense fallback={<Skeleton label={t('loadingTimeline')} height="18rem" />}>
          <TimelineSection timeline={timeline} params={params} query={query} />
        </Suspense>
        {query.event ? (
          <Suspense fallback={<Skeleton label={t('loadingEvent')} height="12rem" />}>
            <PanelSection slug={query.event} asOf={query.asOf} />
          </Suspense>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <TradeSection timeline={timeline} params={params} />
      </Suspense>
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">{query.q ? t('eventsMatching', { q: query.q }) : t('events')}</h2>
        <ExportLinks />
        <Suspense fallback={<p className="meta">{t('loadingEvents')}</p>}>
          <ListSection query={query} params={params} after={timeline} />
        </Suspense>
      </section>
    </>
  );
}

function BadQuery({ fields }: { fields: Record<string, string> }) {
  const t = useTranslations('timeline');
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="card" role="alert">
        <h2>{t('badQuery')}</h2>
        <ul>
          {Object.entries(fields).map(([name, message]) => (
            <li key={name}>
              <code>{name}</code>: {message}
            </li>
          ))}
        </ul>
        <Link href="/timeline">{t('withoutFilters')}</Link>
      </div>
    </>
  );
}
