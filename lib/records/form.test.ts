import { describe, expect, test } from 'vitest';
import { sourceInputSchema } from '../schemas/source.ts';
import { quoteInputSchema } from '../schemas/quote.ts';
import { diffFields } from './diff.ts';
import { differingFields, recordFormToInput, recordInputToForm } from './form.ts';

describe('record forms', () => {
  test('empty fields are left out so the schema defaults apply; list fields split per line', () => {
    const input = recordFormToInput('quote', {
      speaker: 'Kim',
      text: 'Hello',
      language: '',
      sources: '12\n 15 ',
    });
    expect(input).toEqual({ speaker: 'Kim', text: 'Hello', sources: ['12', '15'] });
    expect(quoteInputSchema.parse(input)).toMatchObject({
      language: 'en',
      sources: [12, 15],
      event: null,
    });
  });

  test('a record round-trips through its form values', () => {
    const source = sourceInputSchema.parse({
      publisher: 'KCNA',
      title: 'Statement',
      url: 'https://kcna.kp/x',
      reliability: 'C',
    });
    const values = recordInputToForm('source', source);
    expect(sourceInputSchema.parse(recordFormToInput('source', values))).toEqual(source);
  });

  test('the conflict view lists the fields whose values differ', () => {
    expect(differingFields('tag', { slug: 'a', name: 'A' }, { slug: 'a', name: 'B ' })).toEqual([
      'name',
    ]);
  });
});

describe('diffFields', () => {
  test('shows lists and missing values in words', () => {
    expect(
      diffFields({ sources: [1], url: null }, { sources: [1, 2], url: 'https://x.org' }),
    ).toEqual([
      { field: 'sources', before: '1', after: '1; 2' },
      { field: 'url', before: '—', after: 'https://x.org' },
    ]);
  });
});
