import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { shortActorName } from '@/lib/actors/short-name.ts';

interface ActorChip {
  code: string;
  name: string;
  color: string | null;
  role?: string;
}

export function ActorChips({ actors, label }: { actors: ActorChip[]; label?: string }) {
  const t = useTranslations('events');
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
          {shortName(a.name)}
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
