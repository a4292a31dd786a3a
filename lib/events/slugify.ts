/**
 * A slug from a title, as the event form proposes it: lower-case ASCII words joined by single
 * hyphens ("DPRK troops in Kursk, Russia" → "dprk-troops-in-kursk-russia"), at most 80
 * characters, cut at a word.
 */
export function slugify(title: string, max = 80): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > max) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, max);
}
