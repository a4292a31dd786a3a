// The fixed words of the records (relation kinds, statuses, …) in the reader's language,
// from the `terms` catalogue; a value the catalogue does not know is shown as it is.

/** next-intl's translator for the `terms` namespace (useTranslations or getTranslations). */
export type Terms = { (key: string): string; has(key: string): boolean };

/** A term of `group` ('relationKind', 'status', …) for `value`, or `value` itself. */
export function term(terms: Terms, group: string, value: string | number): string {
  const key = `${group}.${value}`;
  return terms.has(key) ? terms(key) : String(value);
}

/** A relation kind in words ('Treaty', '조약'). */
export const kindLabel = (terms: Terms, kind: string) => term(terms, 'relationKind', kind);
