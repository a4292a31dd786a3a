import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { ActorName } from '@/components/i18n/translated.tsx';

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
          <ActorName actor={a} />
          {a.role && a.role !== 'participant' && a.role !== 'individual' ? (
            <span className="meta">({a.role})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
