import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { formatDate, formatPartialDate } from '@/lib/dates.ts';
import { formatValue } from '@/lib/charts/scales.ts';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { cautionIn, claimIn, unitIn } from '@/lib/charts/chart-texts.ts';
import { Translated, useActorLabel } from '@/components/i18n/translated.tsx';
import { localized, type Locale } from '@/lib/i18n/localized.ts';
import type { EstimateFigure } from '@/lib/overview/estimate-figure.ts';
import type { TradeFigure } from '@/lib/overview/trade-figure.ts';
import type { MonthFigures, RelationFigures } from '@/lib/shapes/overview.ts';
import { kindLabel } from '@/components/ui/terms.ts';
import { Sparkline } from './sparkline.tsx';
import styles from './overview.module.css';

// The overview's key-figure cards: each states one figure and links to the page that shows
// the same figure in full.

const monthName = (isoDay: string, locale: string) =>
  formatDate(new Date(`${isoDay}T00:00:00Z`), 'month', locale);
const day = (isoDay: string, locale: string) =>
  formatDate(new Date(`${isoDay}T00:00:00Z`), 'day', locale);

export function TradeCard({ figure: built }: { figure: TradeFigure }) {
  const t = useTranslations('overview');
  const locale = useLocale() as Locale;
  const figure =
    locale === 'ko'
      ? { ...built, label: built.labelKo, caution: cautionIn(built.cautions, locale) }
      : built;
  const href = `/charts/trade?series=${figure.id}`;
  if (figure.year === null || figure.valueUsd === null) {
    return (
      <article className={styles.figure}>
        <h3>{t('figures.tradeNone', { label: figure.label })}</h3>
        <p className={styles.empty}>{t('figures.noAnnual')}</p>
        <Link href={href}>{t('tradeChart')}</Link>
      </article>
    );
  }
  const change = figure.changePct;
  return (
    <article className={styles.figure}>
      <h3>{t('figures.tradeYear', { label: figure.label, year: figure.year })}</h3>
      <p className={styles.value}>{formatValue(figure.valueUsd, 'absolute', false, locale)}</p>
      <p className={styles.change}>
        {change === null ? (
          <>{t('figures.noComparable', { year: figure.year - 1 })}</>
        ) : (
          <>
            <span className={change >= 0 ? styles.up : styles.down}>
              {formatValue(change, 'yoy')}
            </span>{' '}
            {t('figures.onYear', { year: figure.year - 1 })}
          </>
        )}
      </p>
      {figure.caution && <p className={styles.caution}>{figure.caution}</p>}
      <Sparkline
        points={figure.spark}
        label={t('figures.sparkline', {
          label: figure.label,
          from: figure.spark[0]?.year ?? figure.year,
          to: figure.year,
        })}
      />
      <Link href={href} className={styles.more}>
        {t('tradeChart')}
        <span className="visually-hidden">: {figure.label}</span>
      </Link>
    </article>
  );
}

export function RelationsCard({ figures }: { figures: RelationFigures }) {
  const t = useTranslations('overview');
  const terms = useTranslations('terms');
  const locale = useLocale();
  const href = `/alliances?at=${figures.at}`;
  return (
    <article className={styles.figure}>
      <h3>{t('figures.relationsInForce')}</h3>
      <p className={styles.value}>{figures.total}</p>
      {figures.byKind.length ? (
        <ul className={styles.kinds}>
          {figures.byKind.map((k) => (
            <li key={k.kind}>
              <span className={styles.swatch} style={{ background: kindOf(k.kind).color }} />
              {kindLabel(terms, k.kind)}: {k.count}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>{t('figures.noRelations')}</p>
      )}
      {figures.newest && (
        <p className={styles.change}>
          {t('figures.newest', {
            title: figures.newest.title || `${figures.newest.a}–${figures.newest.b}`,
            date: day(figures.newest.start, locale),
          })}
        </p>
      )}
      <Link href={href} className={styles.more}>
        {t('figures.allianceNetwork')}
      </Link>
    </article>
  );
}

export function MonthCard({ figures }: { figures: MonthFigures }) {
  const t = useTranslations('overview.figures');
  const locale = useLocale();
  const month = monthName(figures.month, locale);
  const end = (first: string) => {
    const d = new Date(`${first}T00:00:00Z`);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
      .toISOString()
      .slice(0, 10);
  };
  return (
    <article className={styles.figure}>
      <h3>{t('eventsIn', { month })}</h3>
      <p className={styles.value}>{figures.count}</p>
      <p className={styles.change}>
        {t('countIn', {
          count: figures.countYearBefore,
          month: monthName(figures.yearBefore, locale),
        })}
      </p>
      {figures.latest && (
        <p className={styles.change}>{t('latestEvent', { date: day(figures.latest, locale) })}</p>
      )}
      <Link
        href={`/timeline?from=${figures.month}&to=${end(figures.month)}`}
        className={styles.more}
      >
        {t('timelineOf', { month })}
      </Link>
    </article>
  );
}

export function EstimateCard({ figure }: { figure: EstimateFigure }) {
  const t = useTranslations('overview');
  const locale = useLocale() as Locale;
  const actorLabel = useActorLabel();
  const { latest } = figure;
  return (
    <article className={styles.figure}>
      <h3>
        <Translated record={latest} field="quantity" />
      </h3>
      <p className={styles.value}>
        {claimIn(latest, undefined, locale)}{' '}
        <span className={styles.unit}>{unitIn(latest.unit, locale)}</span>
      </p>
      <p className={styles.change}>
        {t('figures.latestClaim', {
          claimant: locale === 'en' ? latest.claimant.name : actorLabel(latest.claimant),
          date: formatPartialDate(latest.refersTo, locale),
        })}
        {latest.event && (
          <>
            {' '}
            (
            <Link href={`/events/${latest.event.slug}`}>
              <Translated record={latest.event} field="title" />
            </Link>
            )
          </>
        )}
      </p>
      <p className={styles.change}>
        {t('figures.claims', { claims: figure.claims, claimants: figure.claimants })}
      </p>
      <Link
        href={`/charts/estimates?${new URLSearchParams({ quantity: figure.quantity })}`}
        className={styles.more}
      >
        {t('estimateTracker')}
        <span className="visually-hidden">: {localized(latest, 'quantity', locale).text}</span>
      </Link>
    </article>
  );
}

/** The place of a kind of figure that has none yet (a fresh database): says so, links on. */
export function EmptyFigureCard({
  title,
  text,
  href,
  linkText,
}: {
  title: string;
  text: string;
  href: string;
  linkText: string;
}) {
  return (
    <article className={styles.figure}>
      <h3>{title}</h3>
      <p className={styles.empty}>{text}</p>
      <Link href={href} className={styles.more}>
        {linkText}
      </Link>
    </article>
  );
}
