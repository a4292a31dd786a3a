import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../schemas/enums.ts';

// How a source's Admiralty grade is shown everywhere (event pages, editor lists, the CSV):
// an ungraded source reads "Not graded", never a made-up F6.

export const NOT_GRADED = 'Not graded';

/** 'B2', 'B' (credibility not graded), or 'Not graded' when neither is. */
export function gradeCode(reliability: string | null, credibility?: number | null): string {
  if (!reliability && (credibility === null || credibility === undefined)) return NOT_GRADED;
  return `${reliability ?? '–'}${credibility ?? ''}`;
}

/** The grade in words: "source usually reliable; information probably true". */
export function gradeWords(reliability: string | null, credibility?: number | null): string {
  const source = reliability
    ? `source ${RELIABILITY_LABELS[reliability as keyof typeof RELIABILITY_LABELS]}`
    : 'source not graded';
  if (credibility === undefined) return source;
  const information =
    credibility === null
      ? 'information not graded'
      : `information ${CREDIBILITY_LABELS[credibility]}`;
  return `${source}; ${information}`;
}
