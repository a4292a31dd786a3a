import type { z } from 'zod';
import type { actorListSchema, tagListSchema } from '../schemas/responses/directory.ts';

/** An actor and the number of published events naming it (filters, /api/actors). */
export type ActorEntry = z.output<typeof actorListSchema>['items'][number];
/** A tag and the number of published events with it (filters, /api/tags). */
export type TagEntry = z.output<typeof tagListSchema>['items'][number];
