import type { z } from 'zod';
import type { allianceNetworkSchema, relationSchema } from '../schemas/responses/alliances.ts';

type Network = z.output<typeof allianceNetworkSchema>;

/** A relation between two actors as readers, editors and the API see it. */
export type RelationDto = z.output<typeof relationSchema>;
export type AllianceNode = Network['nodes'][number];
/** `id`: the codes in alphabetical order, so "KP-RU" names one edge whatever the direction. */
export type AllianceEdge = Network['edges'][number];

/** Published events of one actor in one year, with their most frequent tags (actor compare). */
export interface ActivityCell {
  code: string;
  year: number;
  total: number;
  /** Most frequent tags that year, most frequent first. */
  tags: { tag: string; count: number }[];
}
