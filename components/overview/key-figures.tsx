import Link from 'next/link';
import { formatPartialDate } from '@/lib/dates.ts';
import { formatValue } from '@/lib/charts/scales.ts';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { describeClaim } from '@/lib/charts/estimates.ts';
import type { EstimateFigure } from '@/lib/overview/estimate-figure.ts';
import type { TradeFigure } from '@/lib/overview/trade-figure.ts';
import type { MonthFigures, RelationFigures } from '@/lib/shapes/overview.ts';
import { Sparkline } from './sparkline.tsx';
import styles from './overview.module.css';

// The overview's key-figure cards: each states one figure and links to the page that shows
// the same figure in full.

const monthName = (isoDay: string) =>
  new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const day = (isoDay: string) =>
  new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function TradeCard({ figure }: { figure: TradeFigure }) {
  const href = `/charts/trade?series=${figure.id}`;
  if (figure.year === null || figure.valueUsd === null) {
    return (
      <article className={styles.figure}>
        <h3>{figure.label} trade</h3>
        <p className={styles.empty}>No annual figures yet.</p>
        <Link href={href}>Trade chart</Link>
      </article>
    );
  }
  const change = figure.changePct;
  return (
    <article className={styles.figure}>
      <h3>
        {figure.label} trade, {figure.year}
      </h3>
      <p className={styles.value}>{formatValue(figure.valueUsd, 'absolute')}</p>
      <p className={styles.change}>
        {change === null ? (
          <>No comparable figure for {figure.year - 1}</>
        ) : (
          <>
            <span className={change >= 0 ? styles.up : styles.down}>
              {formatValue(change, 'yoy')}
            </span>{' '}
            on {figure.year - 1}
          </>
        )}
      </p>
      {figure.caution && <p className={styles.caution}>{figure.caution}</p>}
      <Sparkline
        points={figure.spark}
        label={`${figure.label} trade, ${figure.spark[0]?.year}–${figure.year}`}
      />
      <Link href={href} className={styles.more}>
        Trade chart<span className="visually-hidden">: {figure.label}</span>
      </Link>
    </article>
  );
}

export function RelationsCard({ figures }: { figures: RelationFigures }) {
  const href = `/alliances?at=${figures.at}`;
  return (
    <article className={styles.figure}>
      <h3>Relations in force</h3>
      <p className={styles.value}>{figures.total}</p>
      {figures.byKind.length ? (
        <ul className={styles.kinds}>
          {figures.byKind.map((k) => (
            <li key={k.kind}>
              <span className={styles.swatch} style={{ background: kindOf(k.kind).color }} />
              {kindOf(k.kind).label}: {k.count}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>No relations are in force today.</p>
      )}
      {figures.newest && (
        <p className={styles.change}>
          Newest: {figures.newest.title || `${figures.newest.a}–${figures.newest.b}`} (
          {day(figures.newest.start)})
        </p>
      )}
      <Link href={href} className={styles.more}>
        Alliance network
      </Link>
    </article>
  );
}

export function MonthCard({ figures }: { figures: MonthFigures }) {
  const end = (first: string) => {
    const d = new Date(`${first}T00:00:00Z`);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
      .toISOString()
      .slice(0, 10);
  };
  return (
    <article className={styles.figure}>
      <h3>Events in {monthName(figures.month)}</h3>
      <p className={styles.value}>{figures.count}</p>
      <p className={styles.change}>
        {figures.countYearBefore} in {monthName(figures.yearBefore)}
      </p>
      {figures.latest && <p className={styles.change}>Latest event: {day(figures.latest)}</p>}
      <Link
        href={`/timeline?from=${figures.month}&to=${end(figures.month)}`}
        className={styles.more}
      >
        Timeline of {monthName(figures.month)}
      </Link>
    </article>
  );
}

export function EstimateCard({ figure }: { figure: EstimateFigure }) {
  const { latest } = figure;
  return (
    <article className={styles.figure}>
      <h3>{figure.quantity}</h3>
      <p className={styles.value}>
        {describeClaim(latest)} <span className={styles.unit}>{latest.unit}</span>
      </p>
      <p className={styles.change}>
        Latest claim: {latest.claimant.name}, about {formatPartialDate(latest.refersTo)}
        {latest.event && (
          <>
            {' '}
            (<Link href={`/events/${latest.event.slug}`}>{latest.event.title}</Link>)
          </>
        )}
      </p>
      <p className={styles.change}>
        {figure.claims} claim{figure.claims === 1 ? '' : 's'} by {figure.claimants} claimant
        {figure.claimants === 1 ? '' : 's'}
      </p>
      <Link
        href={`/charts/estimates?${new URLSearchParams({ quantity: figure.quantity })}`}
        className={styles.more}
      >
        Estimate tracker<span className="visually-hidden">: {figure.quantity}</span>
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
