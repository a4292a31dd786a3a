import 'server-only';
import { ACTOR_CODE } from '../../schemas/common.ts';
import { actorInputSchema, actorUpdateSchema, type ActorInput } from '../../schemas/actor.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { iso, searchAny } from '../versioned/links.ts';
import { LIVE } from '../core/visibility.ts';

async function snapshotActor(tx: Tx, id: number) {
  const a = await tx.actor.findUniqueOrThrow({
    where: { id },
    select: {
      code: true,
      name: true,
      nameKo: true,
      kind: true,
      color: true,
      affiliation: true,
      notes: true,
      version: true,
      updatedAt: true,
      deletedAt: true,
    },
  });
  const { deletedAt, updatedAt, ...rest } = a;
  return { ...rest, updatedAt: updatedAt.toISOString(), trashedAt: iso(deletedAt) };
}

export type ActorDto = Awaited<ReturnType<typeof snapshotActor>>;

type ActorFields = Pick<
  ActorInput,
  'code' | 'name' | 'nameKo' | 'kind' | 'color' | 'affiliation' | 'notes'
>;

/** An actor's own fields: its columns, and the input an edit or a revert starts from. */
const actorFields = <A extends ActorFields>(a: A): ActorFields => ({
  code: a.code,
  name: a.name,
  nameKo: a.nameKo ?? null,
  kind: a.kind,
  color: a.color,
  affiliation: a.affiliation,
  notes: a.notes,
});

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What still uses an actor: trashing it would leave those records pointing at nothing. */
async function actorInUse(tx: Tx, id: number): Promise<string | null> {
  const live = LIVE;
  const [events, quotes, trade, relations, estimates] = await Promise.all([
    tx.eventActor.count({ where: { actorId: id, event: live } }),
    tx.quote.count({ where: { speakerActorId: id, ...live } }),
    tx.tradeObservation.count({ where: { ...live, OR: [{ reporterId: id }, { partnerId: id }] } }),
    tx.relation.count({ where: { ...live, OR: [{ actorAId: id }, { actorBId: id }] } }),
    tx.estimate.count({ where: { claimantId: id, ...live } }),
  ]);
  const uses = [
    events && plural(events, 'event'),
    quotes && plural(quotes, 'quote'),
    trade && plural(trade, 'trade figure'),
    relations && plural(relations, 'relation'),
    estimates && plural(estimates, 'estimate'),
  ].filter(Boolean);
  return uses.length
    ? `This actor is still used by ${uses.join(', ')}: remove it from them (or trash them) before trashing the actor.`
    : null;
}

/** Actors in use are never trashed (refused with the reason), so no page loses an actor it shows. */
export const ACTOR_SPEC: RecordSpec<ActorInput, ActorDto> = {
  kind: 'actor',
  entityType: 'actor',
  label: 'Actor',
  permission: 'actors.write',
  schema: actorInputSchema,
  updateSchema: actorUpdateSchema,
  model: (tx) => tx.actor as unknown as RecordDelegate,
  where: (key) => (ACTOR_CODE.test(key) ? { code: key } : null),
  keyOf: (a) => a.code,
  columns: async (_tx, a) => actorFields(a),
  snapshot: snapshotActor,
  toInput: actorFields,
  inUse: actorInUse,
  duplicate: { code: 'An actor with this code already exists (possibly in the trash)' },
  list: {
    search: (q) => searchAny(q, ['code', 'name', 'affiliation']),
    select: { code: true, name: true, kind: true, updatedAt: true },
    orderBy: [{ code: 'asc' }],
    toRow: (a: { code: string; name: string; kind: string; updatedAt: Date }) => ({
      key: a.code,
      title: `${a.code}: ${a.name}`,
      detail: [{ t: `values.actorKind.${a.kind}` }],
      updatedAt: a.updatedAt.toISOString(),
    }),
  },
};
