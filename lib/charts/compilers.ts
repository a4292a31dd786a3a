// Who compiled a trade figure decides whether two figures can sit on one line. South Korean
// compilations (KOTRA, KITA, Statistics Korea, the Unification ministry) run higher than
// China's customs (GAC) data, so a change between families is a break in the series.

const FAMILIES: { name: string; test: RegExp }[] = [
  { name: 'China customs (GAC)', test: /\bGAC\b|China customs|Chinese customs/i },
  {
    name: 'South Korean compilations (KOTRA, KITA, Statistics Korea)',
    test: /KOTRA|KITA|Statistics Korea|Ministry of Unification|\bROK\b/i,
  },
  { name: 'ITC Trade Map', test: /\bITC\b/ },
  { name: 'World Trade Atlas', test: /World Trade Atlas|\bCRS\b/ },
  { name: 'Russian official data', test: /Russian|Russia\b|Galushka|Ushakov/i },
];

/** The compiler family of a figure, from its compiler text; unknown compilers are their own family. */
export function compilerFamily(compiler: string): string {
  return FAMILIES.find((f) => f.test.test(compiler))?.name ?? compiler;
}
