import 'server-only';
import { getDb } from './client.ts';
import { shortActorName } from '../actors/short-name.ts';

export interface Lane {
  key: string;
  label: string;
  color: string | null;
}

const STATUS_LABELS: Record<string, string> = {
  reported: 'Reported', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied', retracted: 'Retracted',
};
const FALLBACK: Record<string, string> = { none: 'None', other: 'Others' };

/** Labels (and actor colours) for lane keys, in the order given. */
export async function laneLabels(kind: 'actor' | 'tag' | 'status', keys: string[]): Promise<Lane[]> {
  const names = new Map<string, { label: string; color: string | null }>();
  if (kind === 'actor') {
    const actors = await getDb().actor.findMany({ where: { code: { in: keys } }, select: { code: true, name: true, color: true } });
    for (const a of actors) names.set(a.code, { label: shortActorName(a.name), color: a.color });
  } else if (kind === 'tag') {
    const tags = await getDb().tag.findMany({ where: { slug: { in: keys } }, select: { slug: true, name: true } });
    for (const t of tags) names.set(t.slug, { label: t.name, color: null });
  } else {
    for (const k of keys) if (STATUS_LABELS[k]) names.set(k, { label: STATUS_LABELS[k], color: null });
  }
  return keys.map((key) => ({ key, label: names.get(key)?.label ?? FALLBACK[key] ?? key, color: names.get(key)?.color ?? null }));
}
