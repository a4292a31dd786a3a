import type { Metadata } from 'next';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { term } from '@/components/ui/terms.ts';
import { Link } from '@/i18n/navigation.ts';
import { EventList } from '@/components/events/event-list.tsx';
import { Translated } from '@/components/i18n/translated.tsx';
import { SearchBox } from '@/components/overview/search-box.tsx';
import styles from '@/components/overview/overview.module.css';
import { formatPartialDate } from '@/lib/dates.ts';
import { PER_KIND, searchSite } from '@/lib/db/search/site.ts';
import { siteSearchSchema } from '@/lib/schemas/site-search.ts';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'search' });
  const parsed = siteSearchSchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data.q : undefined;
  return { title: q ? t('titleQuery', { q }) : t('title') };
}

/** Results of the overview's search, by kind; each result links to its own page. */
export default async function SearchPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('search');
  const locale = await getLocale();
  const parsed = siteSearchSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <h1>{t('title')}</h1>
        <SearchBox />
        <p role="alert" className="error">
          {parsed.error.issues[0]?.message ?? t('unreadable')}
        </p>
      </>
    );
  }
  const { q, sort } = parsed.data;
  if (!q) {
    return (
      <>
        <h1>{t('title')}</h1>
        <SearchBox autoFocus />
        <p className="lede">{t('prompt')}</p>
      </>
    );
  }
  const terms = await getTranslations('terms');
  const found = await searchSite(q, sort);
  const total =
    found.events.length + found.quotes.length + found.actors.length + found.sources.length;
  const timelineHref = `/timeline?${new URLSearchParams(sort === 'relevance' ? { q } : { q, sort })}`;
  return (
    <>
      <h1>{t('heading', { q })}</h1>
      <SearchBox q={q} sort={sort} />
      {total === 0 ? (
        <p className="empty" role="status">
          {t.rich('nothing', {
            q,
            link: (chunks) => <Link href="/timeline">{chunks}</Link>,
          })}
        </p>
      ) : (
        <p className="meta" role="status">
          {t('found', { kinds: kindsFound(found, t) })}
        </p>
      )}
      <div className={styles.results}>
        {found.events.length > 0 && (
          <section className="card" aria-labelledby="found-events">
            <h2 id="found-events">{t('events')}</h2>
            <EventList events={found.events} />
            <p>
              <Link href={timelineHref}>
                {found.moreEvents ? t('allOnTimeline') : t('theseOnTimeline')}
              </Link>
            </p>
          </section>
        )}
        {found.quotes.length > 0 && (
          <section className="card" aria-labelledby="found-quotes">
            <h2 id="found-quotes">{t('quotes')}</h2>
            <ul className={styles.plainList}>
              {found.quotes.map((quote, i) => (
                <li key={quote.key ?? i}>
                  <blockquote className={styles.quote} lang={quote.language}>
                    “{quote.text}”
                  </blockquote>
                  <p className="meta">
                    {quote.speaker}
                    {quote.date && <>, {formatPartialDate(quote.date, locale)}</>}
                    {quote.event && (
                      <>
                        {' · '}
                        <Link href={`/events/${quote.event.slug}`}>
                          <Translated record={quote.event} field="title" />
                        </Link>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {found.actors.length > 0 && (
          <section className="card" aria-labelledby="found-actors">
            <h2 id="found-actors">{t('actors')}</h2>
            <ul className={styles.plainList}>
              {found.actors.map((a) => (
                <li key={a.code}>
                  <Link href={`/actors/${a.code}`}>
                    <Translated record={a} field="name" />
                  </Link>{' '}
                  <span className="meta">
                    {a.code} · {term(terms, 'actorKind', a.kind)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {found.sources.length > 0 && (
          <section className="card" aria-labelledby="found-sources">
            <h2 id="found-sources">{t('sources')}</h2>
            <ul className={styles.plainList}>
              {found.sources.map((s, i) => (
                <li key={s.key ?? i}>
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}{' '}
                  <span className="meta">{s.publisher}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

function kindsFound(
  found: Awaited<ReturnType<typeof searchSite>>,
  t: Awaited<ReturnType<typeof getTranslations<'search'>>>,
): string {
  const parts = [
    [found.events.length, 'event'],
    [found.quotes.length, 'quote'],
    [found.actors.length, 'actor'],
    [found.sources.length, 'source'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, kind]) => t(`kind.${kind}`, { count: n, more: String(n === PER_KIND) }))
    .join(t('separator'));
}
