// Event labels on the trade chart (OWID-style annotations): the most important events get a
// short title beside their marker, in a band of rows above the plot, so a label never lies on
// a data line; labels in one row never overlap each other, and a label never covers the
// leader line of a label in a higher row. Pure: the page (recharts) and the server SVG both
// place labels with this, so the page, the SVG and the PNG show the same labels.

/** Rows of labels above the plot, their height and the label font, in px. */
export const LABEL_ROWS = 3;
export const LABEL_ROW_HEIGHT = 15;
export const LABEL_FONT_SIZE = 11;
/** Average advance of an 11 px Inter character (a little generous, so estimates never overlap). */
const CHAR_WIDTH = 6.2;
const GAP = 6;
/** How many events are offered a label; the rest stay markers with hover cards. */
export const MAX_LABELS = 6;
/** Space the label band needs above the plot (rows plus the marker triangle). */
export const LABEL_BAND = LABEL_ROWS * LABEL_ROW_HEIGHT + 14;

/** A title cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = 34): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export const labelWidth = (text: string) => text.length * CHAR_WIDTH;

export interface LabelCandidate {
  slug: string;
  label: string;
  /** The marker's x in px. */
  x: number;
}
export interface PlacedLabel extends LabelCandidate {
  /** 0 is the row nearest the plot. */
  row: number;
  anchor: 'start' | 'end';
  /** Where the text starts (start) or ends (end), in px. */
  textX: number;
  /** The label's left and right edges, in px. */
  left: number;
  right: number;
}

/**
 * Labels for `candidates` (most important first) inside [bounds.left, bounds.right]. Each goes
 * to the lowest row where it fits; one that fits nowhere is left out (its marker stays).
 */
export function placeMarkerLabels(
  candidates: LabelCandidate[],
  bounds: { left: number; right: number },
  rows = LABEL_ROWS,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    if (c.x < bounds.left || c.x > bounds.right) continue;
    const w = labelWidth(c.label);
    // Text to the right of the marker, or to its left when it would run off the chart.
    const anchor: PlacedLabel['anchor'] = c.x + 4 + w <= bounds.right ? 'start' : 'end';
    const left = anchor === 'start' ? c.x - 2 : c.x - 4 - w;
    const right = anchor === 'start' ? c.x + 4 + w : c.x + 2;
    if (left < bounds.left - 2) continue;
    for (let row = 0; row < rows; row++) {
      const clash = placed.some(
        (p) =>
          (p.row === row && left < p.right + GAP && p.left < right + GAP) ||
          // This label would cover the leader line of a label above it…
          (p.row > row && p.x >= left - 2 && p.x <= right + 2) ||
          // …or its own leader line would cross a label below it.
          (p.row < row && c.x >= p.left - 2 && c.x <= p.right + 2),
      );
      if (clash) continue;
      placed.push({
        ...c,
        row,
        anchor,
        textX: anchor === 'start' ? c.x + 4 : c.x - 4,
        left,
        right,
      });
      break;
    }
  }
  return placed;
}

/** The label's baseline y, given the top of the plot. */
export const labelBaseline = (plotTop: number, row: number) =>
  plotTop - 14 - row * LABEL_ROW_HEIGHT;
