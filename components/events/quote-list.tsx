import { useLocale, useTranslations } from 'next-intl';
import { formatPartialDate } from '@/lib/dates.ts';
import type { EventDto } from '@/lib/shapes/event.ts';
import { quoteDisplay } from '@/lib/i18n/localized.ts';

type Quote = EventDto['quotes'][number];

export function QuoteList({ quotes }: { quotes: Quote[] }) {
  const t = useTranslations('events.quoteList');
  const locale = useLocale();
  if (!quotes.length) return <p className="empty">{t('none')}</p>;
  return (
    <div>
      {quotes.map((q) => {
        // The words as said, in their own language; the translation beside them, marked.
        const shown = quoteDisplay(q);
        return (
          <blockquote key={q.key ?? q.text} className="quote">
            <p lang={shown.original.lang}>“{shown.original.text}”</p>
            {shown.translation ? (
              <p data-translation="">
                {t('translation')}{' '}
                <span lang={shown.translation.lang}>{shown.translation.text}</span>
              </p>
            ) : null}
            <footer>
              — <cite>{q.speaker}</cite>
              {q.role ? `, ${q.role}` : ''}. {formatPartialDate(q.date, locale)}
              {q.venue ? `, ${q.venue}` : ''}
              {q.quotedVia ? t('quotedVia', { via: q.quotedVia }) : ''}
              {q.isFragment ? t('partial') : ''}
              {q.sources.length ? (
                <>
                  {' '}
                  {t('source')}{' '}
                  {q.sources.map((s, i) => (
                    <span key={s.key ?? s.title}>
                      {i > 0 ? '; ' : ''}
                      {s.url ? (
                        <a href={s.url} rel="noopener noreferrer nofollow">
                          {s.publisher}
                        </a>
                      ) : (
                        s.publisher
                      )}
                    </span>
                  ))}
                  .
                </>
              ) : null}
              {!q.isVerified ? t('unchecked') : ''}
            </footer>
          </blockquote>
        );
      })}
    </div>
  );
}
