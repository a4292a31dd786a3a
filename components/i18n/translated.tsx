import { useLocale, useTranslations } from 'next-intl';
import type { ElementType } from 'react';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { localActorName } from '@/lib/actors/local-name.ts';
import { shortActorName } from '@/lib/actors/short-name.ts';
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

type Named = { name: string; nameKo?: string | null };

/**
 * An actor's name as lists, chips and headings show it: the short English name
 * ("North Korea") on English pages; on Korean ones the Korean name, or the short English one
 * with the "not translated" mark.
 */
export function ActorName({ actor, className }: { actor: Named; className?: string }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('common');
  if (locale === 'en') return <>{shortActorName(actor.name)}</>;
  return (
    <LocalizedText
      value={localActorName(actor, locale)}
      missingLabel={t('notTranslated')}
      className={className}
    />
  );
}

/** An actor's name as plain text (no mark): for option labels, titles and aria-labels. */
export function useActorLabel() {
  const locale = useLocale() as Locale;
  return (actor: Named) => localActorName(actor, locale).text;
}
