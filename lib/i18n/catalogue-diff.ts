import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// What must match between two languages' catalogues: the same keys (nested, namespaces
// included) and, for each message, the same ICU placeholders ({count}, {date, date}, <link>).

export type Catalogue = { [key: string]: string | Catalogue };

/** Every message of `catalogue` by its dotted key: 'timeline.filters.title' → text. */
export function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

function collect(elements: MessageFormatElement[], into: Set<string>) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      collect(el.children, into);
      continue;
    }
    into.add(`{${el.value}, ${TYPE[el.type]}}`);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) collect(option.value, into);
  }
}

/** The placeholders of an ICU message, sorted: ['<link>', '{count, plural}']. Throws if unparsable. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  collect(parse(message), found);
  return [...found].sort();
}

/** Every way catalogue `b` (language `nameB`) differs from `a` (`nameA`), one line each. */
export function catalogueDifferences(
  a: Catalogue,
  b: Catalogue,
  [nameA, nameB]: [string, string],
): string[] {
  const flatA = flatten(a);
  const flatB = flatten(b);
  const problems: string[] = [];
  for (const key of flatA.keys()) if (!flatB.has(key)) problems.push(`${key}: missing in ${nameB}`);
  for (const key of flatB.keys()) if (!flatA.has(key)) problems.push(`${key}: missing in ${nameA}`);
  for (const [key, textA] of flatA) {
    const textB = flatB.get(key);
    if (textB === undefined) continue;
    try {
      const [pa, pb] = [placeholdersOf(textA), placeholdersOf(textB)];
      if (pa.join() !== pb.join())
        problems.push(
          `${key}: placeholders ${pa.join(' ')} (${nameA}) ≠ ${pb.join(' ')} (${nameB})`,
        );
    } catch (err) {
      problems.push(`${key}: not a valid ICU message (${(err as Error).message})`);
    }
  }
  return problems;
}
