import type { AllianceQuery } from '../schemas/alliance.ts';

/** The /alliances URL for a view, leaving defaults out so shared links stay short. */
export function allianceHref(
  query: Pick<AllianceQuery, 'at' | 'view' | 'edge' | 'minEvents' | 'focus'>,
  change: Partial<Pick<AllianceQuery, 'at' | 'view' | 'minEvents' | 'focus'>> & {
    edge?: string | null;
  } = {},
): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams({ at: next.at });
  if (next.view !== 'network') params.set('view', next.view);
  if (next.minEvents !== 2) params.set('minEvents', String(next.minEvents));
  if (next.focus !== 'KP') params.set('focus', next.focus);
  if (next.edge) params.set('edge', next.edge);
  return `/alliances?${params}`;
}
