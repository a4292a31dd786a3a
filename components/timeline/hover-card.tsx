import { useLocale, useTranslations } from 'next-intl';
import { formatDateRange } from '@/lib/dates.ts';
import type { Hover } from './timeline-chart.tsx';
import { term } from '@/components/ui/terms.ts';
import styles from './timeline.module.css';
import { ActorName } from '@/components/i18n/translated.tsx';

/** Titles a cluster's card lists before "and n more". */
const CLUSTER_TITLES = 5;

/** A short card beside the event or cluster under the pointer or the keyboard focus. */
export function HoverCard({ hover, width }: { hover: Hover; width: number }) {
  const t = useTranslations('timeline.chart');
  const terms = useTranslations('terms');
  const locale = useLocale();
  const left = Math.min(Math.max(hover.x - 140, 4), Math.max(4, width - 290));
  const style = { left, top: hover.y + 16 };
  if ('cluster' in hover) {
    const more = hover.cluster.length - CLUSTER_TITLES;
    return (
      <div className={styles.card} style={style} role="tooltip">
        <strong>{t('clusterHere', { count: hover.cluster.length })}</strong>
        <ul className={styles.cardList}>
          {hover.cluster.slice(0, CLUSTER_TITLES).map((i) => (
            <li key={i.slug}>{i.title}</li>
          ))}
        </ul>
        <div className="meta">
          {more > 0 ? t('clusterMore', { count: more }) : t('clusterZoom')}
        </div>
      </div>
    );
  }
  const { item } = hover;
  return (
    <div className={styles.card} style={style} role="tooltip">
      <strong>{item.title}</strong>
      <div className="meta">
        <span>
          {formatDateRange(
            new Date(item.date),
            item.endDate ? new Date(item.endDate) : null,
            item.datePrecision,
            locale,
          )}
        </span>
        <span className={`badge badge-${item.status}`}>{term(terms, 'status', item.status)}</span>
      </div>
      <ul className={styles.chips} aria-label={t('actors')}>
        {item.actors.map((a) => (
          <li key={a.code} style={a.color ? { borderColor: a.color } : undefined}>
            <ActorName actor={a} />
          </li>
        ))}
      </ul>
    </div>
  );
}
