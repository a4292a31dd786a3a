import { RELATION_KINDS, type RelationKind } from '../alliances/kinds.ts';

// Every fixed list of values the records use, once, with the words readers and editors see.
// Client-safe (no server code): the schemas, the forms, the OpenAPI document and the editor's
// field metadata all import these, so a value added here is accepted and shown everywhere.
// The database enums (prisma/schema.prisma) hold the same values.

/** How far a claim is established; events and relations carry one. */
export const CLAIM_STATUSES = ['reported', 'confirmed', 'disputed', 'denied', 'retracted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  reported: 'Reported',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
  retracted: 'Retracted',
};

/** Readers see published events only. */
export const PUBLICATIONS = ['draft', 'published'] as const;
export type Publication = (typeof PUBLICATIONS)[number];

/** How precisely an event's date is known. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** NATO Admiralty scale: how reliable a source is (A to F)… */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export const RELIABILITY_LABELS: Record<ReliabilityGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** …and how credible one item of its information is (1 to 6). */
export const CREDIBILITY_MIN = 1;
export const CREDIBILITY_MAX = 6;
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** `value — label` choices for a select of grades. */
export const gradeOptions = (labels: Record<string | number, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: `${value} — ${label}` }));

export const ACTOR_KINDS = ['state', 'alliance', 'organization', 'armed_group', 'person'] as const;

/** A trade figure seen from the reporter: export = reporter to partner. */
export const TRADE_FLOWS = ['total', 'export', 'import'] as const;
export type TradeFlow = (typeof TRADE_FLOWS)[number];
export const TRADE_FLOW_LABELS: Record<TradeFlow, string> = {
  total: 'Total trade',
  export: 'Exports (reporter to partner)',
  import: 'Imports (partner to reporter)',
};

/** Least privilege first: forms offer it as the default. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a revision records. */
export type RevisionAction = 'create' | 'update' | 'trash' | 'restore' | 'revert' | 'merge';

/** Names an enum's values in a message: "high, medium or low". */
export const oneOf = (values: readonly string[]) =>
  `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** Relation kinds, in the order lib/alliances/kinds.ts names and colours them. */
export const RELATION_KIND_VALUES = Object.keys(RELATION_KINDS) as [
  RelationKind,
  ...RelationKind[],
];

/** How several actors in a filter combine: events naming any of them, or all of them. */
export const ACTOR_MODES = ['any', 'all'] as const;

/** The order of a list of events: search relevance (title matches first), or by date. */
export const EVENT_SORTS = ['relevance', 'newest', 'oldest'] as const;

/** What a treaty obliges its parties to: the ATOP alliance obligation types. */
export const OBLIGATION_TYPES = [
  'defence',
  'offence',
  'neutrality',
  'non_aggression',
  'consultation',
] as const;
export type ObligationType = (typeof OBLIGATION_TYPES)[number];
export const OBLIGATION_LABELS: Record<ObligationType, string> = {
  defence: 'Defence',
  offence: 'Offence',
  neutrality: 'Neutrality',
  non_aggression: 'Non-aggression',
  consultation: 'Consultation',
};

/** How one event is linked to an earlier one it names: `from` responds to / follows from `to`. */
export const EVENT_LINK_KINDS = ['responds_to', 'follows_from'] as const;
export type EventLinkKind = (typeof EVENT_LINK_KINDS)[number];
/** The link in words, read from its `from` event ("Responds to …"). */
export const EVENT_LINK_LABELS: Record<EventLinkKind, string> = {
  responds_to: 'Responds to',
  follows_from: 'Follows from',
};
/** The same link read from its `to` event ("Responses: …"). */
export const EVENT_LINK_INVERSE_LABELS: Record<EventLinkKind, string> = {
  responds_to: 'Responses',
  follows_from: 'Led to',
};
