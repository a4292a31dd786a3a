import { useLocale, useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { shortActorName } from '@/lib/actors/short-name.ts';
import { localActorName } from '@/lib/actors/local-name.ts';
import type { Locale } from '@/lib/i18n/localized.ts';

interface ActorChip {
  code: string;
  name: string;
  /** The Korean name, shown on Korean pages where there is one. */
  nameKo?: string | null;
  color: string | null;
  role?: string;
}

export function ActorChips({ actors, label }: { actors: ActorChip[]; label?: string }) {
  const t = useTranslations('events');
  const common = useTranslations('common');
  const locale = useLocale() as Locale;
  if (!actors.length) return null;
  return (
    <ul className="chips" aria-label={label ?? t('actors')}>
      {actors.map((a) => (
        <li key={a.code} className="chip" title={a.name}>
          <span
            className="swatch"
            style={{ '--swatch': a.color ?? undefined } as CSSProperties}
            aria-hidden="true"
          />
          {locale === 'en' ? (
            shortName(a.name)
          ) : (
            <LocalizedText
              value={localActorName(a, locale)}
              missingLabel={common('notTranslated')}
            />
          )}
          {a.role && a.role !== 'participant' && a.role !== 'individual' ? (
            <span className="meta">({a.role})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "North Korea (Democratic People's Republic…)" → "North Korea"; full name stays in the title. */
function shortName(name: string): string {
  return shortActorName(name);
}
