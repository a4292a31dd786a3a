import { useLocale, useTranslations } from 'next-intl';
import type { ElementType } from 'react';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { localized, type Locale, type TranslatedField } from '@/lib/i18n/localized.ts';

type Translatable<F extends TranslatedField> = { [K in F]: string } & {
  [K in `${F}Ko`]?: string | null;
};

/**
 * A record's translated field in the page's language (`localized()`), with the catalogue's
 * "not translated" mark. English pages get the plain English text, as before translations.
 * Works in server and client components (next-intl hooks).
 */
export function Translated<F extends TranslatedField>({
  record,
  field,
  as,
  className,
}: {
  record: Translatable<F>;
  field: F;
  as?: ElementType;
  className?: string;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations('common');
  if (locale === 'en') return <>{record[field]}</>;
  return (
    <LocalizedText
      value={localized(record, field, locale)}
      missingLabel={t('notTranslated')}
      as={as}
      className={className}
    />
  );
}

/** The plain text of a translated field (no mark): for attributes, SVG labels and titles. */
export function useTranslatedText() {
  const locale = useLocale() as Locale;
  return <F extends TranslatedField>(record: Translatable<F>, field: F) =>
    localized(record, field, locale).text;
}
