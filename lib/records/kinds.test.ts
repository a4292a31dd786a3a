import { describe, expect, it } from 'vitest';
import en from '../../messages/en/editor.json' with { type: 'json' };
import ko from '../../messages/ko/editor.json' with { type: 'json' };
import { RECORD_KINDS, RECORD_META } from './kinds.ts';

// The record forms say their labels and hints from the catalogue (editor.kinds.<kind>.fields.
// <field>), found by kind and field name; the English there is kinds.ts's own, word for word.

type Kinds = Record<
  string,
  {
    noun: string;
    plural: string;
    filter?: string;
    fields: Record<string, { label: string; hint?: string }>;
  }
>;

describe('record kinds in the editor catalogue', () => {
  it.each(RECORD_KINDS)('%s: English as kinds.ts says it; Korean for every field', (kind) => {
    const meta = RECORD_META[kind];
    const said = (en.kinds as Kinds)[kind];
    expect(said.noun).toBe(meta.noun);
    expect(said.plural).toBe(meta.plural);
    expect(said.filter).toBe(meta.filter?.label);
    for (const f of meta.fields) {
      expect(said.fields[f.name]).toEqual({ label: f.label, ...(f.hint ? { hint: f.hint } : {}) });
      expect(Object.keys((ko.kinds as Kinds)[kind].fields[f.name])).toEqual(
        Object.keys(said.fields[f.name]),
      );
    }
  });
});
