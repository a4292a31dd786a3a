import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { describeClaim } from '@/lib/charts/estimates.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import type { EstimatePoint } from '@/lib/shapes/estimate.ts';

/** An event's numeric claims: who claimed how many of what, from which source. */
export function EstimateList({ estimates }: { estimates: EstimatePoint[] }) {
  const t = useTranslations('events.estimateList');
  const locale = useLocale();
  if (!estimates.length) return <p className="empty">{t('none')}</p>;
  return (
    <ul className="sources">
      {estimates.map((e) => (
        <li key={e.id}>
          <strong>{describeClaim(e, e.unit)}</strong>
          {t('claim', {
            quantity: e.quantity,
            claimant: e.claimant.name,
            date: formatPartialDate(e.refersTo, locale),
          })}{' '}
          <Link href={`/charts/estimates?quantity=${encodeURIComponent(e.quantity)}`}>
            {t('all')}
          </Link>
          <div className="meta">
            <span>
              {t('source')}{' '}
              {e.source.url ? (
                <a href={e.source.url} rel="noopener noreferrer nofollow">
                  {e.source.publisher}
                </a>
              ) : (
                e.source.publisher
              )}
              , {formatPartialDate(e.source.publishedAt, locale)}
            </span>
            {e.notes ? <span>{e.notes}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
