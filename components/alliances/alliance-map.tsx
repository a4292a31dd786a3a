import { Link } from '@/i18n/navigation.ts';
import countries from 'i18n-iso-countries';
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { useLocale, useTranslations } from 'next-intl';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { countryShapes, MAP_SIZE, projectPoint } from '@/lib/map/world.ts';
import type { Stance } from '@/lib/map/stance.ts';
import { localized, type Locale, type Localized } from '@/lib/i18n/localized.ts';
import styles from './alliances.module.css';

countries.registerLocale(ko);

interface Props {
  /** `name`: already in the page's language. */
  focus: { code: string; name: string; color: string | null };
  stances: Map<string, Stance>;
  /** Actor names in the page's language, by code (for the list of stances). */
  names: Record<string, Localized>;
  events: { slug: string; title: string; titleKo?: string | null; lat: number; lon: number }[];
}

/** Countries coloured by how they stand to the focus actor; located events as points. */
export function AllianceMap({ focus, stances, names, events }: Props) {
  const t = useTranslations('alliances.map');
  const common = useTranslations('common');
  const locale = useLocale() as Locale;
  const focusNumeric = countries.alpha2ToNumeric(focus.code);
  const byNumeric = new Map(
    [...stances].map(([code, s]) => [countries.alpha2ToNumeric(code), { code, ...s }]),
  );
  const listed = [...stances].sort(([a], [b]) => a.localeCompare(b));
  /** A country's name in the page's language (the map's own English name otherwise). */
  const countryName = (id: string, name: string) => {
    if (locale === 'en') return name;
    const alpha2 = countries.numericToAlpha2(id);
    return (alpha2 && countries.getName(alpha2, locale)) || name;
  };
  const stanceName = (code: string): Localized =>
    names[code] ?? {
      text: countries.getName(code, locale) ?? countries.getName(code, 'en') ?? code,
      lang: countries.getName(code, locale) ? locale : 'en',
      missing: false,
    };
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
        role="group"
        aria-label={t('label', { focus: focus.name })}
        data-testid="alliance-map"
      >
        {countryShapes().map((c) => {
          const stance = byNumeric.get(c.id);
          const isFocus = c.id === focusNumeric;
          const name = countryName(c.id, c.name);
          return (
            <path
              key={c.id + c.name}
              d={c.d}
              fill={isFocus ? (focus.color ?? '#12233f') : (stance?.color ?? '#e3e6eb')}
              fillOpacity={stance || isFocus ? 0.85 : 1}
              stroke="#fff"
              strokeWidth={0.5}
              data-country={stance?.code}
            >
              <title>
                {isFocus
                  ? t('focusTitle', { name })
                  : stance
                    ? t('stanceTitle', { name, stance: stance.label })
                    : name}
              </title>
            </path>
          );
        })}
        {events.map((e) => {
          const p = projectPoint(e.lon, e.lat);
          return p ? (
            <Link
              key={e.slug}
              href={`/events/${e.slug}`}
              aria-label={localized(e, 'title', locale).text}
            >
              <circle cx={p[0]} cy={p[1]} r={5} fill="#f2a900" stroke="#12233f" strokeWidth={1.5} />
            </Link>
          ) : null;
        })}
      </svg>
      <figcaption>
        <h3>{t('heading', { focus: focus.name })}</h3>
        {listed.length ? (
          <ul data-testid="map-stances">
            {listed.map(([code, s]) => (
              <li key={code}>
                <strong>
                  <LocalizedText value={stanceName(code)} missingLabel={common('notTranslated')} />
                </strong>
                : {s.titles ? <span lang="en">{s.titles}</span> : null}
                {s.titles && s.events ? ' · ' : ''}
                {s.events}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('none', { focus: focus.name })}</p>
        )}
        <p className="meta">
          {events.length ? t('located', { count: events.length }) : t('noneLocated')}
        </p>
      </figcaption>
    </figure>
  );
}
