// bibtex-parse ships no types: the one call the tests make.
declare module 'bibtex-parse' {
  const bibtexParse: {
    entries(input: string): ({ key: string; type: string } & Record<string, string | number>)[];
  };
  export default bibtexParse;
}
