import { z } from 'zod';
import { msg } from '../i18n/api-messages.ts';
import { actorCode, optionalText, text, withVersion } from './common.ts';
import { ACTOR_KINDS, oneOf } from './enums.ts';

export const actorInputSchema = z.object({
  code: actorCode('Code'),
  name: text('Name', 200),
  /** Korean name; empty: not translated (a state's is filled from ISO names at seed time). */
  nameKo: optionalText('Korean name', 200),
  kind: z.enum(ACTOR_KINDS, { error: msg('oneOf', { label: 'Kind', list: oneOf(ACTOR_KINDS) }) }),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, msg('colour'))
    .nullish()
    .transform((v) => v?.toLowerCase() || null),
  affiliation: optionalText('Affiliation', 300),
  notes: optionalText('Notes', 5000),
});

export type ActorInput = z.infer<typeof actorInputSchema>;
export const actorUpdateSchema = withVersion(actorInputSchema);
