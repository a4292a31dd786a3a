import { Link } from '@/i18n/navigation.ts';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { OBLIGATION_LABELS } from '@/lib/schemas/enums.ts';
import styles from './alliances.module.css';
import type { AllianceEdge } from '@/lib/shapes/alliances.ts';

interface Props {
  edge: AllianceEdge;
  names: Record<string, string>;
  /** Full names (with their long forms), shown under the heading. */
  fullNames?: Record<string, string>;
  events: { slug: string; title: string; date: string; status: string }[];
  from: string;
  at: string;
}

/** What lies behind one edge: the relations in force and the events naming both actors. */
export function EdgePanel({ edge, names, fullNames, events, from, at }: Props) {
  return (
    <section className="card" aria-labelledby="edge-heading" data-testid="edge-panel">
      <h2 id="edge-heading">
        {names[edge.a] ?? edge.a} – {names[edge.b] ?? edge.b}
      </h2>
      {fullNames ? (
        <p className="meta">
          {fullNames[edge.a] ?? edge.a} and {fullNames[edge.b] ?? edge.b}
        </p>
      ) : null}
      <h3>Relations in force on {formatPartialDate(at)}</h3>
      {edge.relations.length ? (
        edge.relations.map((r) => (
          <div key={r.key ?? r.title} className={styles.relation}>
            <strong>{r.title}</strong> <StatusBadge status={r.status} />
            <div className="meta">
              {kindOf(r.kind).label}, from {formatPartialDate(r.start)}
              {r.end ? ` to ${formatPartialDate(r.end)}` : ''}
            </div>
            {r.notes ? <p>{r.notes}</p> : null}
            {r.obligations.length ? (
              <>
                <h4>What it obliges</h4>
                <ul className={styles.obligations} data-testid="obligations">
                  {r.obligations.map((o) => (
                    <li key={`${o.article}-${o.type}`}>
                      <strong>{OBLIGATION_LABELS[o.type]}</strong> ({o.article}): {o.summary}
                      {o.quote ? <q>{o.quote}</q> : null}{' '}
                      <a href={o.sourceUrl} rel="noopener noreferrer nofollow">
                        source
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {r.designations.length ? (
              <>
                <h4>Designations</h4>
                <ul className={styles.obligations} data-testid="designations">
                  {r.designations.map((d) => (
                    <li key={`${d.party}-${d.listedOn}`}>
                      {d.party}: listed by {d.authority} under {d.programme} on{' '}
                      {formatPartialDate(d.listedOn)} (
                      <a href={d.legalActUrl} rel="noopener noreferrer nofollow">
                        legal act
                      </a>
                      )
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <ul className={styles.linkList}>
              {r.sources.map((s) => (
                <li key={s.title}>
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer nofollow">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}{' '}
                  <span className="meta">({s.publisher})</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p className="empty">No relation in force; linked by events only.</p>
      )}
      <h3>
        Events naming both, {formatPartialDate(from)} – {formatPartialDate(at)}
      </h3>
      {events.length ? (
        <ul className={styles.linkList}>
          {events.map((e) => (
            <li key={e.slug}>
              <Link href={`/events/${e.slug}`}>{e.title}</Link>{' '}
              <span className="meta">{formatPartialDate(e.date)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No events in this period.</p>
      )}
    </section>
  );
}
