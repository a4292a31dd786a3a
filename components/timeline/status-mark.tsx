import { useTranslations } from 'next-intl';
import { CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import styles from './timeline.module.css';

/**
 * One shape per claim status, so status never rests on colour alone:
 * confirmed ● filled circle, reported ○ hollow circle, disputed ◇ diamond,
 * denied ✕ cross, retracted □ square.
 */
export function StatusMark({
  status,
  x,
  y,
  r = 6,
}: {
  status: string;
  x: number;
  y: number;
  r?: number;
}) {
  const cls = `${styles.mark} ${styles[status] ?? ''}`;
  switch (status) {
    case 'confirmed':
      return <circle className={cls} cx={x} cy={y} r={r} />;
    case 'disputed':
      return (
        <path
          className={`${cls} ${styles.hollow}`}
          d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`}
        />
      );
    case 'denied':
      return (
        <path
          className={`${cls} ${styles.cross}`}
          d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`}
        />
      );
    case 'retracted':
      return (
        <rect
          className={`${cls} ${styles.hollow}`}
          x={x - r}
          y={y - r}
          width={2 * r}
          height={2 * r}
        />
      );
    default:
      return <circle className={`${cls} ${styles.hollow}`} cx={x} cy={y} r={r - 1} />;
  }
}

export function StatusLegend() {
  const t = useTranslations('timeline.legend');
  const terms = useTranslations('terms');
  return (
    <ul className={styles.legend} aria-label={t('label')}>
      {CLAIM_STATUSES.map((status) => [status, terms(`status.${status}`)]).map(
        ([status, label]) => (
          <li key={status}>
            <svg width="16" height="16" aria-hidden="true">
              <StatusMark status={status} x={8} y={8} r={5} />
            </svg>
            {label}
          </li>
        ),
      )}
      <li>
        <svg width="28" height="16" aria-hidden="true">
          <rect className={styles.bar} x={1} y={4} width={26} height={8} />
        </svg>
        {t('end')}
      </li>
      <li>
        <svg width="28" height="16" aria-hidden="true">
          <rect className={styles.span} x={1} y={4} width={26} height={8} />
        </svg>
        {t('imprecise')}
      </li>
    </ul>
  );
}
