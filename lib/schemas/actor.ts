import { z } from 'zod';
import { actorCode, optionalText, text, withVersion } from './common.ts';

export const ACTOR_KINDS = ['state', 'alliance', 'organization', 'armed_group', 'person'] as const;

export const actorInputSchema = z.object({
  code: actorCode('Code'),
  name: text('Name', 200),
  kind: z.enum(ACTOR_KINDS, {
    error: 'Kind must be state, alliance, organization, armed_group or person',
  }),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Colour must be written like #1f77b4')
    .nullish()
    .transform((v) => v?.toLowerCase() || null),
  affiliation: optionalText('Affiliation', 300),
  notes: optionalText('Notes', 5000),
});

export type ActorInput = z.infer<typeof actorInputSchema>;
export const actorUpdateSchema = withVersion(actorInputSchema);
