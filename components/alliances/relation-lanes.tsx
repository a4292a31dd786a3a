import { useLocale, useTranslations } from 'next-intl';
import { kindLabel } from '@/components/ui/terms.ts';
import { Link } from '@/i18n/navigation.ts';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { relationLanes, type LaneRelation } from '@/lib/alliances/swimlanes.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import styles from './alliances.module.css';

const SIZE = { width: 720, left: 110, right: 16 };

/** An actor's relations over time, one lane per partner; each bar links to the network then. */
export function RelationLanes({ relations, until }: { relations: LaneRelation[]; until: string }) {
  const t = useTranslations('actors.lanes');
  const terms = useTranslations('terms');
  const locale = useLocale();
  const date = (d: string) => formatPartialDate(d, locale);
  if (!relations.length) return <p className="empty">{t('none')}</p>;
  const layout = relationLanes(relations, SIZE, until);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${SIZE.width} ${layout.height + 16}`}
      role="group"
      aria-label={t('label')}
      data-testid="relation-lanes"
    >
      {layout.ticks.map((t) => (
        <g key={t.year}>
          <line x1={t.x} x2={t.x} y1={16} y2={layout.height} stroke="#d8dde6" />
          <text x={t.x} y={12} textAnchor="middle" fontSize={11} fill="#4f5869">
            {t.year}
          </text>
        </g>
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.partner}>
          <text x={8} y={lane.y + 16} fontSize={12} fontWeight={600} fill="#1a1f2b">
            {lane.partner}
          </text>
          {lane.bars.map((bar, i) => (
            <Link
              key={i}
              href={`/alliances?at=${bar.end ?? until}`}
              aria-label={
                bar.end
                  ? t('bar', {
                      title: bar.title,
                      kind: kindLabel(terms, bar.kind),
                      from: date(bar.start),
                      to: date(bar.end),
                    })
                  : t('barOpen', {
                      title: bar.title,
                      kind: kindLabel(terms, bar.kind),
                      from: date(bar.start),
                    })
              }
            >
              <rect
                x={bar.x1}
                y={lane.y + 4 + (i % 2) * 12}
                width={bar.x2 - bar.x1}
                height={10}
                rx={3}
                fill={kindOf(bar.kind).color}
                fillOpacity={bar.isOpen ? 0.9 : 0.6}
              />
            </Link>
          ))}
        </g>
      ))}
    </svg>
  );
}
