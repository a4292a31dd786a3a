'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { slugify } from '@/lib/events/slugify.ts';
import { Chips, Combobox, type ComboOption } from './combobox.tsx';
import { useEnhanced } from './use-enhanced.ts';

interface Props {
  tags: { slug: string; name: string }[];
  /** The tags as the form carries them: slugs, comma-separated. */
  initial: string;
  error?: string;
}

export const TAG_PICKER_ID = 'f-tags';
const NEW = 'new:';

/**
 * The event's tags: a type-ahead over the tags on file (by name or slug), chosen ones as
 * chips, and "Add new tag …" for one not on file (made, with its revision, when the event
 * is saved). Submits one `tags` field, comma-separated: without JavaScript that is the
 * field itself.
 */
export function TagPicker({ tags, initial, error }: Props) {
  const t = useTranslations('editor.tagPicker');
  const enhanced = useEnhanced();
  const [chosen, setChosen] = useState(() =>
    initial
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  );
  const [text, setText] = useState('');

  if (!enhanced)
    return (
      <Field
        id={TAG_PICKER_ID}
        name="tags"
        label={t('tags')}
        defaultValue={initial}
        error={error}
        hint={t('tagsHint')}
      />
    );

  const nameOf = (slug: string) => tags.find((t) => t.slug === slug)?.name ?? slug;
  const q = text.trim().toLowerCase();
  const matches = q
    ? tags
        .filter((t) => !chosen.includes(t.slug))
        .filter((t) => t.name.toLowerCase().includes(q) || t.slug.includes(q))
        .sort(
          (a, b) =>
            Number(!a.name.toLowerCase().startsWith(q)) -
              Number(!b.name.toLowerCase().startsWith(q)) || a.name.localeCompare(b.name),
        )
        .slice(0, 8)
    : [];
  const fresh = slugify(text, 60);
  const options: ComboOption[] = matches.map((t) => ({
    id: t.slug,
    label: t.name,
    detail: t.slug,
  }));
  if (fresh && !tags.some((t) => t.slug === fresh) && !chosen.includes(fresh))
    options.push({ id: NEW + fresh, label: t('addNew', { slug: fresh }) });

  return (
    <>
      <input type="hidden" name="tags" value={chosen.join(', ')} />
      <Chips
        label={t('chosen')}
        items={chosen.map((slug) => ({ id: slug, label: nameOf(slug) }))}
        onRemove={(slug) => setChosen((c) => c.filter((x) => x !== slug))}
      />
      <Combobox
        id={TAG_PICKER_ID}
        label={t('add')}
        hint={t('addHint')}
        error={error}
        text={text}
        onText={setText}
        options={options}
        onPick={(o) => {
          setChosen((c) => [...c, o.id.startsWith(NEW) ? o.id.slice(NEW.length) : o.id]);
          setText('');
        }}
        onBackspaceEmpty={() => setChosen((c) => c.slice(0, -1))}
      />
    </>
  );
}
