import { localized, type Locale, type Localized } from '../i18n/localized.ts';
import { shortActorName } from './short-name.ts';

/**
 * An actor's name as chips, headings and lanes show it: the Korean name on Korean pages where
 * there is one, else the short English name (marked missing on Korean pages).
 */
export function localActorName(
  actor: { name: string; nameKo?: string | null },
  locale: Locale,
): Localized {
  const name = localized(actor, 'name', locale);
  return name.lang === 'en' ? { ...name, text: shortActorName(actor.name) } : name;
}
