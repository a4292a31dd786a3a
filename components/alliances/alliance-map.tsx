import { Link } from '@/i18n/navigation.ts';
import countries from 'i18n-iso-countries';
import { countryShapes, MAP_SIZE, projectPoint } from '@/lib/map/world.ts';
import type { Stance } from '@/lib/map/stance.ts';
import styles from './alliances.module.css';

interface Props {
  focus: { code: string; name: string; color: string | null };
  stances: Map<string, Stance>;
  events: { slug: string; title: string; lat: number; lon: number }[];
}

/** Countries coloured by how they stand to the focus actor; located events as points. */
export function AllianceMap({ focus, stances, events }: Props) {
  const focusNumeric = countries.alpha2ToNumeric(focus.code);
  const byNumeric = new Map(
    [...stances].map(([code, s]) => [countries.alpha2ToNumeric(code), { code, ...s }]),
  );
  const listed = [...stances].sort(([a], [b]) => a.localeCompare(b));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
        role="group"
        aria-label={`Map of countries by their relation to ${focus.name}`}
        data-testid="alliance-map"
      >
        {countryShapes().map((c) => {
          const stance = byNumeric.get(c.id);
          const isFocus = c.id === focusNumeric;
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
                {isFocus ? `${c.name} (focus)` : stance ? `${c.name}: ${stance.label}` : c.name}
              </title>
            </path>
          );
        })}
        {events.map((e) => {
          const p = projectPoint(e.lon, e.lat);
          return p ? (
            <Link key={e.slug} href={`/events/${e.slug}`} aria-label={e.title}>
              <circle cx={p[0]} cy={p[1]} r={5} fill="#f2a900" stroke="#12233f" strokeWidth={1.5} />
            </Link>
          ) : null;
        })}
      </svg>
      <figcaption>
        <h3>How others stand to {focus.name}</h3>
        {listed.length ? (
          <ul data-testid="map-stances">
            {listed.map(([code, s]) => (
              <li key={code}>
                <strong>{countries.getName(code, 'en') ?? code}</strong>: {s.label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">
            No relation in force and no shared events with {focus.name} in this period.
          </p>
        )}
        <p className="meta">
          {events.length
            ? `${events.length} located events shown as points.`
            : 'No event in this period has coordinates.'}
        </p>
      </figcaption>
    </figure>
  );
}
