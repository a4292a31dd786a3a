import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csvComments, neutralise, toCsv } from './csv.ts';

describe('neutralise', () => {
  test.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx', ' =1+1', '\n@SUM(A1)'])(
    'prefixes %j with a quote',
    (v) => expect(neutralise(v)).toBe(`'${v}`),
  );
  test.each(['North Korea', "'=already", 'a=b', ''])('leaves %j alone', (v) =>
    expect(neutralise(v)).toBe(v),
  );
});

describe('toCsv', () => {
  const evil = '=HYPERLINK("http://evil.example","x")';

  test('neutralises every text cell, quotes what needs it, and keeps numbers as numbers', () => {
    const text = toCsv(
      ['name', 'value', 'note'],
      [
        [evil, -3.5, 'a, "b"\nc'],
        ['@SUM(A1)', 0, null],
      ],
    );
    const rows = Papa.parse<string[]>(text).data;
    expect(rows).toEqual([
      ['name', 'value', 'note'],
      [`'${evil}`, '-3.5', 'a, "b"\nc'],
      ["'@SUM(A1)", '0', ''],
    ]);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test('quotes a cell holding a semicolon, so a `;`-separated spreadsheet cannot split a formula out of it', () => {
    const text = toCsv(
      ['code', 'name', 'year', 'value'],
      [
        ['XE', 'Semi;=1+1;', 2024, 1],
        ['XF', 'a;\t@SUM(A1)', 2024, 2],
      ],
    );
    expect(text.split('\n').slice(1)).toEqual([
      `XE,"Semi;'=1+1;",2024,1`,
      `XF,"a;'\t@SUM(A1)",2024,2`,
    ]);
    // Read with `;` as the separator, as such a spreadsheet does: no cell starts a formula.
    for (const row of Papa.parse<string[]>(text, { delimiter: ';' }).data)
      for (const cell of row) expect(cell).not.toMatch(/^[\t\r]|^\s*[=+\-@]/);
  });

  test('leaves the header out and ends lines as asked', () => {
    expect(toCsv(['a', 'b'], [['x', 1]], { header: false, newline: '\r\n' })).toBe('x,1');
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['y', 2],
        ],
        { newline: '\r\n' },
      ),
    ).toBe('a,b\r\nx,1\r\ny,2');
  });
});

describe('csvComments', () => {
  test('writes one # line each, so parsers skip them', () => {
    const text = `${csvComments(['Title, 2015–2024', 'USD'])}\na\n1\n`;
    expect(text.startsWith('# Title, 2015–2024\n# USD\n')).toBe(true);
    expect(Papa.parse(text, { comments: '#', header: true, skipEmptyLines: true }).data).toEqual([
      { a: '1' },
    ]);
  });

  test('keeps a name from the data from escaping its line or running after a comma', () => {
    const text = csvComments([`Trade of X,=HYPERLINK("http://evil.example","x")\n=1+1`]);
    expect(text.split('\n')).toHaveLength(1);
    // A spreadsheet splits the line at commas; no piece may start a formula.
    for (const cell of Papa.parse<string[]>(text).data[0])
      expect(cell.trimStart()).not.toMatch(/^[=+\-@]/);
    expect(csvComments(['a, "=1+1"'])).toBe(`# a,' "=1+1"`);
  });

  test('neutralises a piece after a semicolon too, for spreadsheets that split at `;`', () => {
    const text = csvComments(['Activity of XE,Semi;=1+1;,2024', 'x;\t-2;@A1']);
    expect(text).toBe(`# Activity of XE,Semi;'=1+1;,2024\n# x;'\t-2;'@A1`);
    for (const line of text.split('\n'))
      for (const piece of line.split(/[,;]/).slice(1)) expect(piece).not.toMatch(/^[\s"]*[=+\-@]/);
  });
});
