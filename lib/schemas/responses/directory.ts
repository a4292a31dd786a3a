import { z } from 'zod';
import { ACTOR_KINDS } from '../enums.ts';
import { color } from './shared.ts';

// GET /api/actors and /api/tags (lib/db/actors/directory.ts).

export const actorListSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameKo: z
        .string()
        .nullable()
        .describe('The Korean name; null where nobody has entered one (readers see the English).'),
      kind: z.enum(ACTOR_KINDS),
      color,
      eventCount: z.number().int().describe('Published events naming the actor.'),
    }),
  ),
});

export const tagListSchema = z.object({
  items: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      nameKo: z.string().nullable().describe('The Korean name; null: not translated.'),
      eventCount: z.number().int().describe('Published events with the tag.'),
    }),
  ),
});
