// ts_headline marks matches with these private-use characters (never in real text), so
// the snippet can be split into segments and rendered as <mark> without parsing HTML.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface Segment {
  text: string;
  isMatch: boolean;
}

/** 'a \uE000war\uE001 b' → [{a }, {war, match}, { b}]. */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  for (const [i, part] of marked.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) {
    if (part) segments.push({ text: part, isMatch: i % 2 === 1 });
  }
  return segments;
}
