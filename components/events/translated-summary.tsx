import { useLocale, useTranslations } from 'next-intl';
import { Markdown } from '@/components/events/markdown.tsx';
import { NotTranslatedMark } from '@/components/ui/localized-text.tsx';
import { localized, type Locale } from '@/lib/i18n/localized.ts';

/**
 * An event's summary (markdown) in the page's language: on Korean pages in its own `lang`,
 * the English marked where the Korean is missing. English pages show it as before.
 */
export function TranslatedSummary({
  event,
}: {
  event: { summary: string; summaryKo?: string | null };
}) {
  const locale = useLocale() as Locale;
  const common = useTranslations('common');
  const summary = localized(event, 'summary', locale);
  if (locale === 'en') return <Markdown>{summary.text}</Markdown>;
  return (
    <>
      {summary.missing ? (
        <p>
          <NotTranslatedMark label={common('notTranslated')} />
        </p>
      ) : null}
      <div lang={summary.lang}>
        <Markdown>{summary.text}</Markdown>
      </div>
    </>
  );
}
