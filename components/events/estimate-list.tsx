import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { claimIn } from '@/lib/charts/chart-texts.ts';
import { localActorName } from '@/lib/actors/local-name.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import type { EstimatePoint } from '@/lib/shapes/estimate.ts';
import { NotTranslatedMark } from '@/components/ui/localized-text.tsx';
import { localized, type Locale } from '@/lib/i18n/localized.ts';

/** An event's numeric claims: who claimed how many of what, from which source. */
export function EstimateList({ estimates }: { estimates: EstimatePoint[] }) {
  const t = useTranslations('events.estimateList');
  const locale = useLocale() as Locale;
  const common = useTranslations('common');
  if (!estimates.length) return <p className="empty">{t('none')}</p>;
  return (
    <ul className="sources">
      {estimates.map((e) => {
        // The quantity in the page's language; the English, marked, where Korean is missing.
        const quantity = localized(e, 'quantity', locale);
        return (
          <li key={e.id}>
            <strong>{claimIn(e, e.unit, locale)}</strong>
            {t('claim', {
              quantity: quantity.text,
              claimant: locale === 'en' ? e.claimant.name : localActorName(e.claimant, locale).text,
              date: formatPartialDate(e.refersTo, locale),
            })}
            {quantity.missing ? <NotTranslatedMark label={common('notTranslated')} /> : null}{' '}
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
        );
      })}
    </ul>
  );
}
