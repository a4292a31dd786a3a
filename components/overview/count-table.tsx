import { useTranslations } from 'next-intl';
import type { CSSProperties, ReactNode } from 'react';

interface Row {
  key: string;
  label: ReactNode;
  count: number;
  color?: string | null;
}

/** A table with a bar per row: readable by screen readers, scannable by eye. */
export function CountTable({
  caption,
  rows,
  labelHeader,
}: {
  caption: string;
  rows: Row[];
  labelHeader: string;
}) {
  const t = useTranslations('overview.counts');
  if (!rows.length) return <p className="empty">{t('empty')}</p>;
  const max = Math.max(...rows.map((r) => r.count));
  return (
    <table className="counts">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="num">
            {t('events')}
          </th>
          <th scope="col" className="bar-cell">
            <span className="sr-only">{t('share')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.count}</td>
            <td className="bar-cell" aria-hidden="true">
              <div
                className="bar"
                style={
                  {
                    width: `${(r.count / max) * 100}%`,
                    '--swatch': r.color ?? undefined,
                  } as CSSProperties
                }
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
