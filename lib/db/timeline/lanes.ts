import 'server-only';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { shortActorName } from '../../actors/short-name.ts';
import { CLAIM_STATUS_LABELS } from '../../schemas/enums.ts';
import type { Lane } from '../../shapes/timeline.ts';

const STATUS_LABELS: Record<string, string> = CLAIM_STATUS_LABELS;
const FALLBACK: Record<string, string> = { none: 'None', other: 'Others', all: 'All events' };

type Label = { label: string; labelKo?: string | null; color: string | null };
type Labels = Map<string, Label>;

/** Every actor's and tag's lane label, read once per data version: a few hundred rows at most. */
const allLabels = cachedPerDataVersion(
  'laneLabels',
  async (kind: 'actor' | 'tag'): Promise<[string, Label][]> => {
    if (kind === 'actor') {
      const actors = await getDb().actor.findMany({
        select: { code: true, name: true, nameKo: true, color: true },
      });
      return actors.map((a) => [
        a.code,
        { label: shortActorName(a.name), labelKo: a.nameKo, color: a.color },
      ]);
    }
    const tags = await getDb().tag.findMany({ select: { slug: true, name: true, nameKo: true } });
    return tags.map((t) => [t.slug, { label: t.name, labelKo: t.nameKo, color: null }]);
  },
);

/** Labels (and actor colours) for lane keys, in the order given. */
export async function laneLabels(
  kind: 'actor' | 'tag' | 'status' | 'none',
  keys: string[],
): Promise<Lane[]> {
  const names: Labels =
    kind === 'status' || kind === 'none'
      ? new Map(
          keys
            .filter((k) => STATUS_LABELS[k])
            .map((k) => [k, { label: STATUS_LABELS[k], color: null }]),
        )
      : new Map(await allLabels(kind));
  return keys.map((key) => ({
    key,
    label: names.get(key)?.label ?? FALLBACK[key] ?? key,
    ...(names.get(key)?.labelKo && { labelKo: names.get(key)!.labelKo }),
    color: names.get(key)?.color ?? null,
  }));
}

/** Codes of the actors who are people: lanes by actor leave them out unless asked. */
export const personActorCodes = cachedPerDataVersion('personActorCodes', async () =>
  (await getDb().actor.findMany({ where: { kind: 'person' }, select: { code: true } })).map(
    (a) => a.code,
  ),
);
