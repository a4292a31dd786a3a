/** One place for how each relation kind is named and drawn. */
export const RELATION_KINDS = {
  treaty: { label: 'Treaty', short: 'T', color: '#b2182b' },
  strategic_partnership: { label: 'Strategic partnership', short: 'P', color: '#2166ac' },
  military_cooperation: { label: 'Military cooperation', short: 'M', color: '#d6604d' },
  arms_transfer: { label: 'Arms transfer', short: 'A', color: '#8c510a' },
  sanctions_regime: { label: 'Sanctions regime', short: 'S', color: '#4d4d4d' },
  membership: { label: 'Membership', short: 'Mb', color: '#762a83' },
} as const;

export type RelationKind = keyof typeof RELATION_KINDS;

export const EVENTS_ONLY = { label: 'Named together in events', color: '#8a94a6' };

export function kindOf(kind: string) {
  return RELATION_KINDS[kind as RelationKind] ?? { label: kind, short: '?', color: '#8a94a6' };
}
