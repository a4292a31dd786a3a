// The readable text of an archived page: what a reader (or a search) needs when the copy's
// own markup is of no use. Pure and deliberately plain: no DOM, no scripts run.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text of an HTML or plain-text body; '' for anything else (PDFs, images). */
export function readableText(body: Buffer, contentType: string): string {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const raw = body.toString('utf8');
  if (type === 'text/plain') return raw.replace(/\u0000/g, '').trim();
  if (type !== 'text/html' && type !== 'application/xhtml+xml') return '';
  return decodeEntities(
    raw
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(
        /<\/(title|p|div|h[1-6]|li|tr|br|section|article|header|footer)\s*>|<br\s*\/?>/gi,
        '\n',
      )
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\u0000/g, '')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n\n')
    .trim();
}
