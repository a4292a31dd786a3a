import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import type { coActorTable } from '@/lib/timeline/co-actors.ts';
import { ActorName } from '@/components/i18n/translated.tsx';

/** Shared events per year with the actors an actor appears with most. */
export function CoActorTable({
  table,
  actorName,
}: {
  table: ReturnType<typeof coActorTable>;
  actorName: string;
}) {
  const t = useTranslations('timeline.coActors');
  if (!table.actors.length) return <p className="empty">{t('none')}</p>;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="counts">
        <caption className="sr-only">{t('caption', { name: actorName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actor')}</th>
            {table.before !== null ? (
              <th scope="col" className="num">
                <abbr title={t('before', { year: table.before })}>{t('earlier')}</abbr>
              </th>
            ) : null}
            {table.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
            <th scope="col" className="num">
              {t('all')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.actors.map((a) => (
            <tr key={a.code}>
              <th scope="row">
                <Link href={`/actors/${encodeURIComponent(a.code)}`}>
                  <ActorName actor={a} />
                </Link>
              </th>
              {table.before !== null ? <td className="num">{a.earlier || '·'}</td> : null}
              {table.years.map((y) => (
                <td key={y} className="num">
                  {a.counts[y] ?? '·'}
                </td>
              ))}
              <td className="num">
                <strong>{a.total}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
