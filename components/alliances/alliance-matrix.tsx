import { Link } from '@/i18n/navigation.ts';
import { useLocale, useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { kindLabel, term } from '@/components/ui/terms.ts';
import { RELATION_KINDS, kindOf } from '@/lib/alliances/kinds.ts';
import { edgeIdOf } from '@/lib/alliances/edge-id.ts';
import { actorNames } from '@/lib/alliances/network-texts.ts';
import { nodeLabel } from '@/lib/alliances/network-geometry.ts';
import { localActorName } from '@/lib/actors/local-name.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import styles from './alliances.module.css';
import type { AllianceEdge, AllianceNode } from '@/lib/shapes/alliances.ts';

/**
 * Actors × actors; each cell names the relation kinds in force and the event count. Headers carry the actors' names and stay in view while the table
 * scrolls, in both directions, inside its frame.
 */
export function AllianceMatrix({
  nodes,
  edges,
  hrefs,
}: {
  nodes: AllianceNode[];
  edges: AllianceEdge[];
  /** Where each edge's link goes (selects it). */
  hrefs: Record<string, string>;
}) {
  const t = useTranslations('alliances');
  const common = useTranslations('common');
  const terms = useTranslations('terms');
  const locale = useLocale() as Locale;
  if (!nodes.length) return <p className="empty">{t('empty')}</p>;
  const byId = new Map(edges.map((e) => [e.id, e]));
  const name = (n: AllianceNode) => localActorName(n, locale).text;
  /**
   * A header: the name in the page's language, marked where it has no translation; a long
   * English name as the network abbreviates it (full name in the title), so the headers
   * leave room for the cells on a phone.
   */
  const header = (n: AllianceNode) => {
    const local = localActorName(n, locale);
    const value = local.lang === 'en' ? { ...local, text: nodeLabel(n.code, n.name) } : local;
    return <LocalizedText value={value} missingLabel={common('notTranslated')} />;
  };
  const full = (n: AllianceNode) => actorNames(n, locale).full;
  return (
    <>
      <div className={styles.matrixWrap} tabIndex={0} role="region" aria-label={t('matrix.region')}>
        <table className={styles.matrix} data-testid="alliance-matrix">
          <caption className="sr-only">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {nodes.map((n) => (
                <th key={n.code} scope="col" title={full(n)} className={styles.colHead}>
                  {header(n)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {nodes.map((row) => (
              <tr key={row.code}>
                <th scope="row" title={full(row)}>
                  {header(row)}
                </th>
                {nodes.map((col) => {
                  const edge =
                    row.code === col.code ? undefined : byId.get(edgeIdOf(row.code, col.code));
                  if (!edge)
                    return (
                      <td
                        key={col.code}
                        aria-label={row.code === col.code ? '—' : t('matrix.none')}
                      />
                    );
                  const kinds = [...new Set(edge.relations.map((r) => kindLabel(terms, r.kind)))];
                  const obligations = [
                    ...new Set(edge.relations.flatMap((r) => r.obligations.map((o) => o.type))),
                  ];
                  return (
                    <td
                      key={col.code}
                      style={
                        edge.relations.length
                          ? ({ '--cell': kindOf(edge.relations[0].kind).color } as CSSProperties)
                          : undefined
                      }
                      className={edge.relations.length ? styles.related : undefined}
                    >
                      <Link
                        href={hrefs[edge.id]}
                        scroll={false}
                        title={kinds.join(', ') || t('matrix.eventsOnly')}
                      >
                        {edge.relations.map((r) => kindOf(r.kind).short).join(' ')}
                        {obligations.includes('defence') ? '+D' : ''}
                        {edge.relations.length && edge.eventCount ? ' · ' : ''}
                        {edge.eventCount ? edge.eventCount : ''}
                        <span className="sr-only">
                          {t('matrix.cell', {
                            a: name(row),
                            b: name(col),
                            codes: `${row.code}–${col.code}`,
                            kinds: kinds.join(', ') || t('matrix.noRelation'),
                            obligations: obligations.length
                              ? t('matrix.obligations', {
                                  types: obligations
                                    .map((o) => term(terms, 'obligation', o))
                                    .join(', '),
                                })
                              : '',
                            count: edge.eventCount,
                          })}
                        </span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl
        className={styles.matrixLegend}
        aria-label={t('matrix.legendLabel')}
        data-testid="matrix-legend"
      >
        {Object.entries(RELATION_KINDS).map(([kind, k]) => (
          <div key={k.short}>
            <dt>{k.short}</dt>
            <dd>{kindLabel(terms, kind)}</dd>
          </div>
        ))}
        <div>
          <dt>+D</dt>
          <dd>{t('matrix.defence')}</dd>
        </div>
        <div>
          <dt>· 12</dt>
          <dd>{t('matrix.events')}</dd>
        </div>
      </dl>
    </>
  );
}
