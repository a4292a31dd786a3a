import { useTranslations } from 'next-intl';
import type { ActivityCell } from '@/lib/shapes/alliances.ts';

/** Events per year for two or three actors, each cell with its most frequent tags. */
export function ActorCompare({
  codes,
  cells,
  tagNames = {},
}: {
  codes: string[];
  cells: ActivityCell[];
  /** Tag slug → its name in the page's language; a slug missing here shows as itself. */
  tagNames?: Record<string, string>;
}) {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => b - a);
  const t = useTranslations('actors.activity');
  if (!years.length) return <p className="empty">{t('none')}</p>;
  const at = new Map(cells.map((c) => [`${c.code}|${c.year}`, c]));
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="counts" data-testid="actor-compare">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {codes.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              {codes.map((c) => {
                const cell = at.get(`${c}|${y}`);
                return (
                  <td key={c}>
                    {cell ? (
                      <>
                        <strong>{cell.total}</strong>{' '}
                        <span className="meta">
                          {cell.tags
                            .slice(0, 3)
                            .map((t) => `${tagNames[t.tag] ?? t.tag} ${t.count}`)
                            .join(', ')}
                        </span>
                      </>
                    ) : (
                      <span className="meta">0</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
