// Placing titled marks in a lane so that no two labels overlap: a greedy row packing (like
// vis-timeline's stacking), and, where the rows would run out, clusters of neighbours that
// say how many events they hold. Pure pixel arithmetic, so it is the same on the server and
// in the browser (no text measuring API on the server): label widths are estimated on the
// generous side, so a drawn label is never wider than the box reserved for it.

/** Rough advance widths at 1 px font size, rounded up for the common system sans fonts. */
const WIDE = /[MWmw@%]/;
const UPPER = /[A-Z0-9#&?$~]/;
const NARROW = /[ilIj.,:;'!|()[\]{}\s\u2019-]/;
const LABEL_FONT_PX = 12;

/** Advance width (em) of one character, `ch` one code point (or a lone surrogate). */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 0.95;
  if (NARROW.test(ch)) return 0.36;
  if (UPPER.test(ch)) return 0.74;
  return 0.6;
}

/** charEm of the ASCII characters, looked up instead of tested: labels are measured often. */
const ASCII_EM = Array.from({ length: 128 }, (_, c) => charEm(String.fromCharCode(c)));
const ELLIPSIS_EM = charEm('…');

/** An upper bound on the drawn width of `text` at `px` pixels. */
export function textWidth(text: string, px = LABEL_FONT_PX): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    em += c < 128 ? ASCII_EM[c] : charEm(ch);
  }
  return Math.ceil(em * px);
}

/**
 * `text` cut with an ellipsis so that it fits in `maxWidth` pixels (whole when it fits).
 * The longest prefix (in UTF-16 units) whose width with "…" fits, at least one unit long;
 * widths of the prefixes are summed once, in the order textWidth sums them.
 */
export function fitText(text: string, maxWidth: number, px = LABEL_FONT_PX): string {
  if (textWidth(text, px) <= maxWidth) return text;
  // prefixEm[k]: the em width of text.slice(0, k), a surrogate pair cut in two counting as
  // its lone first half (as textWidth counts it).
  const prefixEm = new Array<number>(text.length + 1);
  prefixEm[0] = 0;
  let em = 0;
  let k = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 2) prefixEm[k + 1] = em + charEm(ch[0]);
    em += c < 128 ? ASCII_EM[c] : charEm(ch);
    k += ch.length;
    prefixEm[k] = em;
  }
  let cut = text.length;
  while (cut > 1 && Math.ceil((prefixEm[cut] + ELLIPSIS_EM) * px) > maxWidth) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export interface PackInput {
  /** Pixel range the event covers (a bar or span; a point is a few pixels wide). */
  x1: number;
  x2: number;
  /** Where its status mark sits; the label starts just after it. */
  markX: number;
  label: string;
}

export interface PackedItem {
  index: number;
  row: number;
  text: string;
  labelX: number;
  left: number;
  right: number;
}

export interface PackedCluster {
  /** Indexes into the input, in order of time. */
  indices: number[];
  row: number;
  x: number;
  text: string;
  labelX: number;
  left: number;
  right: number;
}

export interface PackOptions {
  maxRows: number;
  /** Longest label, in pixels, before it is cut with an ellipsis. */
  maxLabel?: number;
  /** Labels may be cut this short before neighbours are merged into clusters. */
  minLabel?: number;
  /** Space kept between two boxes of one row. */
  gap?: number;
  /** Half the width of a status mark. */
  markR?: number;
  /** The drawn width: a label that would run past it goes left of its mark instead. */
  width?: number;
  /** A cluster's label in the reader's language ('3 events', '사건 3건'). */
  clusterText?: (n: number) => string;
}

const LABEL_GAP = 5;

export const clusterText = (n: number) => `${n} events`;

interface Box {
  left: number;
  right: number;
}

/** Greedy rows in order of left edge: each box takes the first row it fits in. */
export function stackBoxes(boxes: Box[], gap: number): { rows: number[]; count: number } {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].left - boxes[b].left || a - b);
  const ends: number[] = [];
  const rows = new Array<number>(boxes.length);
  for (const i of order) {
    let row = ends.findIndex((end) => end + gap <= boxes[i].left);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = boxes[i].right;
    rows[i] = row;
  }
  return { rows, count: ends.length };
}

function itemBox(p: PackInput, maxLabel: number, markR: number, width: number) {
  const text = fitText(p.label, maxLabel);
  return labelBox(text, p.markX, Math.min(p.x1, p.markX - markR), p.x2, markR, width);
}

/** The box of a mark at `markX` labelled `text`: right of the mark, or left of it at the edge. */
function labelBox(
  text: string,
  markX: number,
  left: number,
  right: number,
  markR: number,
  width: number,
) {
  const w = textWidth(text);
  const after = markX + markR + LABEL_GAP;
  if (after + w > width && markX - markR - LABEL_GAP - w >= 0) {
    const labelX = markX - markR - LABEL_GAP - w;
    return { text, labelX, left: Math.min(left, labelX), right: Math.max(right, markX + markR) };
  }
  return { text, labelX: after, left, right: Math.max(right, after + w) };
}

/**
 * Places every input as a titled item, or, where `maxRows` rows cannot hold them all, in a
 * cluster with its neighbours. Every input ends in exactly one item or cluster, so the counts
 * of the clusters plus the single items always add up to the number of inputs.
 */
export function packLane(
  inputs: PackInput[],
  {
    maxRows,
    maxLabel = 220,
    minLabel = 110,
    gap = 6,
    markR = 7,
    width = Infinity,
    clusterText: nameCluster = clusterText,
  }: PackOptions,
): { items: PackedItem[]; clusters: PackedCluster[]; rows: number } {
  for (const limit of [maxLabel, minLabel]) {
    const boxes = inputs.map((p) => itemBox(p, limit, markR, width));
    const { rows, count } = stackBoxes(boxes, gap);
    if (count <= maxRows)
      return {
        items: boxes.map((b, index) => ({ index, row: rows[index], ...b })),
        clusters: [],
        rows: Math.max(1, count),
      };
  }
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[a].markX - inputs[b].markX || a - b);
  const span = inputs.length
    ? Math.max(...inputs.map((p) => p.markX)) - Math.min(...inputs.map((p) => p.markX))
    : 0;
  // Neighbours within `radius` px of a group's first mark join it; the radius doubles until
  // the rows suffice. Once it spans the whole lane there is one group, which fits one row.
  for (let radius = 16; ; radius *= 2) {
    const groups: number[][] = [];
    for (const i of order) {
      const g = groups.at(-1);
      if (g && inputs[i].markX - inputs[g[0]].markX < radius) g.push(i);
      else groups.push([i]);
    }
    const boxes = groups.map((g) => {
      if (g.length === 1) return itemBox(inputs[g[0]], minLabel, markR, width);
      const x = inputs[g[0]].markX;
      const last = Math.max(...g.map((i) => inputs[i].markX));
      return labelBox(nameCluster(g.length), x, x - markR - 4, last, markR + 4, width);
    });
    const { rows, count } = stackBoxes(boxes, gap);
    if (count <= maxRows || radius > span) {
      const items: PackedItem[] = [];
      const clusters: PackedCluster[] = [];
      groups.forEach((g, k) => {
        if (g.length === 1) items.push({ index: g[0], row: rows[k], ...boxes[k] });
        else clusters.push({ indices: g, row: rows[k], x: inputs[g[0]].markX, ...boxes[k] });
      });
      return { items, clusters, rows: Math.max(1, Math.min(count, maxRows)) };
    }
  }
}
