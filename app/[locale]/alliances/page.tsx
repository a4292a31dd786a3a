import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { Link } from '@/i18n/navigation.ts';
import { AllianceMap } from '@/components/alliances/alliance-map.tsx';
import { AllianceMatrix } from '@/components/alliances/alliance-matrix.tsx';
import { AllianceNetwork } from '@/components/alliances/alliance-network.tsx';
import { EdgePanel } from '@/components/alliances/edge-panel.tsx';
import { PanelTop } from '@/components/alliances/panel-top.tsx';
import { TimeSlider } from '@/components/alliances/time-slider.tsx';
import styles from '@/components/alliances/alliances.module.css';
import { edgeIdOf } from '@/lib/alliances/edge-id.ts';
import { allianceHref } from '@/lib/alliances/url.ts';
import { networkGeometry } from '@/lib/alliances/network-geometry.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import {
  getAllianceAnchors,
  getAllianceNetwork,
  listEdgeEvents,
  listLocatedEvents,
  listStates,
} from '@/lib/db/relations/reads.ts';
import { stancesToward } from '@/lib/map/stance.ts';
import { allianceQuerySchema } from '@/lib/schemas/alliance.ts';
import { localActorName } from '@/lib/actors/local-name.ts';
import { actorNames } from '@/lib/alliances/network-texts.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
export const dynamic = 'force-dynamic';
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'alliances' }))('title') };
}
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlliancesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const [t, common, locale] = await Promise.all([
    getTranslations('alliances'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
  ]);
  const date = (d: string) => formatPartialDate(d, locale);
  const parsed = allianceQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  if (!parsed.success) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p role="alert">
          {t('invalid', {
            fields: parsed.error.issues.map((i) => i.path.join('.')).join(', '),
          })}{' '}
          <Link href="/alliances">{t('showDefault')}</Link>.
        </p>
      </>
    );
  }
  const query = parsed.data;
  const [{ nodes, edges }, anchors] = await Promise.all([
    getAllianceNetwork(query.at, query.from, query.minEvents, query.asOf),
    getAllianceAnchors(query.minEvents),
  ]);
  const selectedId = query.edge
    ? edgeIdOf(...(query.edge.split('-') as [string, string]))
    : undefined;
  const selected = edges.find((e) => e.id === selectedId);
  const edgeEvents = selected
    ? await listEdgeEvents(selected.a, selected.b, query.from, query.at)
    : [];
  const hrefFor = (edge: string) =>
    allianceHref(query, { edge: edge === selectedId ? null : edge });
  const [states, located] =
    query.view === 'map'
      ? await Promise.all([listStates(), listLocatedEvents(query.from, query.at)])
      : [[], []];
  const focus = states.find((s) => s.code === query.focus) ?? {
    code: query.focus,
    name: query.focus,
    color: null,
  };
  const exportQuery = new URLSearchParams({
    at: query.at,
    from: query.from,
    minEvents: String(query.minEvents),
    ...(query.asOf ? { asOf: query.asOf } : {}),
    // The files speak the page's language (English stays without the parameter).
    ...(locale === 'en' ? {} : { lang: locale }),
  }).toString();
  const names = Object.fromEntries(nodes.map((n) => [n.code, localActorName(n, locale)]));
  const fullNames = Object.fromEntries(nodes.map((n) => [n.code, actorNames(n, locale).full]));
  const nameOf = (code: string) => (
    <LocalizedText value={names[code]} missingLabel={common('notTranslated')} />
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede', { at: date(query.at), from: date(query.from) })}</p>
      {query.asOf ? (
        <p role="status" className="card">
          {t.rich('pastState', {
            date: date(query.asOf),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{' '}
          <Link href="/alliances">{t('seeNow')}</Link>.
        </p>
      ) : null}
      <div className={styles.toolbar}>
        <TimeSlider at={query.at} minYear={2005} maxYear={new Date().getUTCFullYear()} />
        <form
          method="get"
          action={locale === 'en' ? '/alliances' : `/${locale}/alliances`}
          className={styles.slider}
        >
          <input type="hidden" name="at" value={query.at} />
          {query.view !== 'network' ? <input type="hidden" name="view" value={query.view} /> : null}
          {query.view === 'map' ? (
            <>
              <label htmlFor="focus">{t('focusLabel')}</label>
              <select id="focus" name="focus" defaultValue={query.focus}>
                {states
                  .map((s) => ({ code: s.code, name: localActorName(s, locale).text }))
                  // In the order of the names shown (Korean names in Korean order).
                  .sort((p, q) => p.name.localeCompare(q.name, locale))
                  .map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
              </select>
            </>
          ) : null}
          <label htmlFor="min-events">{t('minEventsLabel')}</label>
          <select id="min-events" name="minEvents" defaultValue={String(query.minEvents)}>
            {[1, 2, 3, 5, 10].map((n) => (
              <option key={n} value={n}>
                {t('minEventsOption', { count: n })}
              </option>
            ))}
          </select>
          <button type="submit">{t('apply')}</button>
        </form>
        <ul className={styles.tabs} aria-label={t('viewsLabel')}>
          {(['network', 'matrix', 'map'] as const).map((view) => (
            <li key={view}>
              <Link
                href={allianceHref(query, { view })}
                aria-current={query.view === view ? 'page' : undefined}
                scroll={false}
              >
                {t(`view.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <p className="meta">
        {t('download')}{' '}
        <a href={`/api/alliances/network.png?${exportQuery}`} download>
          PNG
        </a>{' '}
        ·{' '}
        <a href={`/api/alliances/network.svg?${exportQuery}`} download>
          SVG
        </a>{' '}
        ·{' '}
        <a href={`/api/alliances/network.csv?${exportQuery}`} download>
          CSV
        </a>
      </p>
      <div className={styles.layout}>
        <section className="card" aria-label={t(`view.${query.view}`)}>
          {query.view === 'network' ? (
            <AllianceNetwork
              geometry={networkGeometry(nodes, edges, new Map(Object.entries(anchors)), locale)}
              selected={selectedId}
              hrefs={Object.fromEntries(edges.map((e) => [e.id, hrefFor(e.id)]))}
              at={query.at}
            />
          ) : null}
          {query.view === 'matrix' ? (
            <AllianceMatrix
              nodes={nodes}
              edges={edges}
              hrefs={Object.fromEntries(edges.map((e) => [e.id, hrefFor(e.id)]))}
            />
          ) : null}
          {query.view === 'map' ? (
            <AllianceMap
              focus={{ ...focus, name: localActorName(focus, locale).text }}
              stances={stancesToward(query.focus, edges, (count) =>
                t('map.sharedEvents', { count }),
              )}
              names={names}
              events={located}
            />
          ) : null}
        </section>
        {selected ? (
          <PanelTop selection={selected.id}>
            <EdgePanel
              edge={selected}
              names={names}
              fullNames={fullNames}
              events={edgeEvents}
              from={query.from}
              at={query.at}
            />
          </PanelTop>
        ) : (
          <section className="card" aria-label={t('linksLabel')}>
            <h2>{t('linksOn', { date: date(query.at) })}</h2>
            {edges.length ? (
              <ul className={styles.linkList}>
                {edges.map((e) => (
                  <li key={e.id}>
                    <Link href={hrefFor(e.id)} scroll={false}>
                      {nameOf(e.a)} – {nameOf(e.b)}
                    </Link>{' '}
                    <span className="meta">
                      {e.relations.length ? (
                        // Relation titles are content with no Korean twin.
                        <span lang="en">{e.relations.map((r) => r.title).join('; ')}</span>
                      ) : (
                        t('eventsOnly')
                      )}
                      {e.eventCount ? ` · ${t('eventCount', { count: e.eventCount })}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">{t('nothingInForce')}</p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
