import { formatDateRange } from '@/lib/dates.ts';
import type { Hover } from './timeline-chart.tsx';
import { CLAIM_STATUS_LABELS } from '@/lib/schemas/enums.ts';
import styles from './timeline.module.css';
import { shortActorName } from '@/lib/actors/short-name.ts';

/** A short card beside the event under the pointer or the keyboard focus. */
export function HoverCard({ hover, width }: { hover: Hover; width: number }) {
  const { item } = hover;
  const left = Math.min(Math.max(hover.x - 140, 4), Math.max(4, width - 290));
  return (
    <div className={styles.card} style={{ left, top: hover.y + 16 }} role="tooltip">
      <strong>{item.title}</strong>
      <div className="meta">
        <span>
          {formatDateRange(
            new Date(item.date),
            item.endDate ? new Date(item.endDate) : null,
            item.datePrecision,
          )}
        </span>
        <span className={`badge badge-${item.status}`}>
          {CLAIM_STATUS_LABELS[item.status] ?? item.status}
        </span>
      </div>
      <div className="meta">{item.actors.map((a) => shortActorName(a.name)).join(', ')}</div>
    </div>
  );
}
