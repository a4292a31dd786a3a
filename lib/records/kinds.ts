// The records editors manage with the generic editor (list, form, trash, history), by
// the name used in URLs and permissions. Client-safe: no database code here.

import {
  ACTOR_KINDS,
  CONFIDENCE_LEVELS,
  EVENT_LINK_KINDS,
  EVENT_LINK_LABELS,
  gradeOptions,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  TRADE_FLOWS,
} from '../schemas/enums.ts';

export const RECORD_KINDS = [
  'source',
  'quote',
  'actor',
  'tag',
  'trade',
  'estimate',
  'era',
  'link',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

interface FieldDef {
  name: string;
  label: string;
  type?: 'text' | 'url' | 'number' | 'textarea' | 'select' | 'list';
  options?: readonly (string | { value: string; label: string })[];
  hint?: string;
  required?: boolean;
  /** What a new record's form starts with. */
  initial?: string;
  /** The language typed in the field (`ko` for the Korean twin of an English field). */
  lang?: string;
}

/** The Korean twin of an English field: optional; empty shows the English, marked untranslated. */
const korean = (name: string, label: string): FieldDef => ({
  name,
  label,
  lang: 'ko',
  hint: 'Optional. Empty: readers of the Korean site see the English, marked “not translated”.',
});

interface RecordMeta {
  /** "source": in sentences. */
  noun: string;
  /** "Sources": headings and the editor navigation. */
  plural: string;
  /** Editor pages live under /editor/<segment>; the API under /api/<apiPath>. */
  segment: string;
  apiPath: string;
  fields: FieldDef[];
  /** The editor list's filter: one column, one of these values (`?filter=`). */
  filter?: { name: string; label: string; options: readonly string[] };
}

export const RECORD_META: Record<RecordKind, RecordMeta> = {
  source: {
    noun: 'source',
    plural: 'Sources',
    segment: 'sources',
    apiPath: 'sources',
    filter: { name: 'reliability', label: 'Reliability', options: RELIABILITY_GRADES },
    fields: [
      { name: 'publisher', label: 'Publisher', required: true },
      { name: 'title', label: 'Title', required: true },
      { name: 'url', label: 'URL', type: 'url', hint: 'http:// or https:// only' },
      {
        name: 'archiveUrl',
        label: 'Web archive copy',
        type: 'url',
        hint: 'Optional: the page kept by a public web archive, e.g. https://web.archive.org/web/…',
      },
      { name: 'publishedAt', label: 'Published', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      {
        name: 'reliability',
        label: 'Reliability',
        type: 'select',
        options: [{ value: '', label: 'Not graded' }, ...gradeOptions(RELIABILITY_LABELS)],
        hint: 'NATO Admiralty scale',
        initial: '',
      },
      { name: 'gradeReason', label: 'Why this grade', type: 'textarea' },
    ],
  },
  quote: {
    noun: 'quote',
    plural: 'Quotes',
    segment: 'quotes',
    apiPath: 'quotes',
    filter: { name: 'language', label: 'Language', options: ['en', 'ko', 'ru', 'zh', 'ja', 'uk'] },
    fields: [
      { name: 'speaker', label: 'Speaker', required: true },
      { name: 'speakerActor', label: 'Speaker actor (code)', hint: 'Optional, e.g. PUTIN or KP' },
      { name: 'role', label: 'Role or affiliation' },
      { name: 'text', label: 'Text (verbatim)', type: 'textarea', required: true },
      { name: 'language', label: 'Language', hint: 'A code such as en, ko or ru', initial: 'en' },
      { name: 'translation', label: 'Translation', type: 'textarea' },
      { name: 'date', label: 'Date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'venue', label: 'Venue' },
      {
        name: 'quotedVia',
        label: 'Quoted via',
        hint: 'The intermediary, when the quote reached us second-hand',
      },
      { name: 'event', label: 'Event (slug)' },
      {
        name: 'sources',
        label: 'Sources (numbers, one per line)',
        type: 'list',
        hint: 'The number shown beside each source in the Sources list',
      },
    ],
  },
  actor: {
    noun: 'actor',
    plural: 'Actors',
    segment: 'actors',
    apiPath: 'actors',
    filter: { name: 'kind', label: 'Kind', options: ACTOR_KINDS },
    fields: [
      { name: 'code', label: 'Code', required: true, hint: 'Upper-case, e.g. KP, NATO' },
      { name: 'name', label: 'Name', required: true },
      korean('nameKo', 'Korean name'),
      {
        name: 'kind',
        label: 'Kind',
        type: 'select',
        options: ACTOR_KINDS,
      },
      { name: 'color', label: 'Colour', hint: 'Written like #1f77b4' },
      {
        name: 'affiliation',
        label: 'Affiliation',
        hint: 'For people: the office they are quoted in',
      },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
  },
  tag: {
    noun: 'tag',
    plural: 'Tags',
    segment: 'tags',
    apiPath: 'tags',
    fields: [
      { name: 'slug', label: 'Slug', required: true, hint: 'Lower-case words joined by hyphens' },
      { name: 'name', label: 'Name', required: true },
      korean('nameKo', 'Korean name'),
    ],
  },
  trade: {
    noun: 'trade observation',
    plural: 'Trade observations',
    segment: 'trade',
    apiPath: 'trade/observations',
    filter: { name: 'flow', label: 'Flow', options: TRADE_FLOWS },
    fields: [
      { name: 'reporter', label: 'Reporter (actor code)', required: true },
      { name: 'partner', label: 'Partner (actor code)', required: true },
      { name: 'year', label: 'Year', type: 'number', required: true },
      { name: 'month', label: 'Month', type: 'number', hint: 'Empty for an annual figure' },
      {
        name: 'flow',
        label: 'Flow',
        type: 'select',
        options: TRADE_FLOWS,
        hint: 'Seen from the reporter: export = reporter to partner',
      },
      {
        name: 'valueUsd',
        label: 'Value (US dollars)',
        type: 'number',
        required: true,
        hint: 'Nominal US dollars, 0 or more',
      },
      {
        name: 'compiler',
        label: 'Compiler',
        required: true,
        hint: 'Who compiled the figure, e.g. China customs',
      },
      {
        name: 'source',
        label: 'Source (number)',
        type: 'number',
        required: true,
        hint: 'The number shown beside the source in the Sources list',
      },
      {
        name: 'confidence',
        label: 'Confidence',
        type: 'select',
        options: CONFIDENCE_LEVELS,
        initial: 'medium',
      },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
  },
  estimate: {
    noun: 'estimate',
    plural: 'Estimates',
    segment: 'estimates',
    apiPath: 'estimates',
    fields: [
      {
        name: 'quantity',
        label: 'Quantity',
        required: true,
        hint: 'What is counted, e.g. North Korean troops in Russia',
      },
      korean('quantityKo', 'Korean quantity'),
      {
        name: 'low',
        label: 'Low',
        type: 'number',
        hint: 'Empty when the claim gives no lower bound',
      },
      {
        name: 'best',
        label: 'Best',
        type: 'number',
        hint: 'The figure as stated (“about 10,000”)',
      },
      {
        name: 'high',
        label: 'High',
        type: 'number',
        hint: 'Empty when the claim gives no upper bound (“at least …”)',
      },
      { name: 'unit', label: 'Unit', required: true, hint: 'e.g. soldiers, shells' },
      {
        name: 'refersTo',
        label: 'Refers to (date)',
        required: true,
        hint: 'The day the figure is about: YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        name: 'claimant',
        label: 'Claimant (actor code)',
        required: true,
        hint: 'Who makes the claim, e.g. US or P_ZELENSKY',
      },
      {
        name: 'source',
        label: 'Source (number)',
        type: 'number',
        required: true,
        hint: 'The number shown beside the source in the Sources list',
      },
      { name: 'event', label: 'Event (slug)', hint: 'The event the claim was made at' },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
  },
  era: {
    noun: 'era',
    plural: 'Eras',
    segment: 'eras',
    apiPath: 'eras',
    fields: [
      {
        name: 'slug',
        label: 'Slug',
        required: true,
        hint: 'lower-case words joined by hyphens, e.g. war-in-ukraine',
      },
      { name: 'title', label: 'Title', required: true },
      korean('titleKo', 'Korean title'),
      { name: 'start', label: 'Start', required: true, hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'end', label: 'End', hint: 'Empty while it goes on; YYYY, YYYY-MM or YYYY-MM-DD' },
      {
        name: 'sources',
        label: 'Sources (numbers, one per line)',
        type: 'list',
        hint: 'The number shown beside each source in the Sources list',
      },
    ],
  },
  link: {
    noun: 'event link',
    plural: 'Event links',
    segment: 'event-links',
    apiPath: 'event-links',
    filter: { name: 'kind', label: 'Kind', options: EVENT_LINK_KINDS },
    fields: [
      {
        name: 'from',
        label: 'This event (slug)',
        required: true,
        hint: 'The event that responds or follows, e.g. msmt-launched',
      },
      {
        name: 'kind',
        label: 'Link',
        type: 'select',
        options: EVENT_LINK_KINDS.map((k) => ({ value: k, label: EVENT_LINK_LABELS[k] })),
        initial: 'responds_to',
      },
      {
        name: 'to',
        label: 'Earlier event (slug)',
        required: true,
        hint: 'The event it responds to or follows from',
      },
      { name: 'note', label: 'Note', type: 'textarea', hint: 'Why: ideally the source’s words' },
      {
        name: 'source',
        label: 'Source (number)',
        type: 'number',
        hint: 'Optional: the number shown beside the source in the Sources list',
      },
    ],
  },
};
