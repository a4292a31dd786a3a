import { EDITOR_TRANSLATION_FILTERS } from '@/lib/schemas/editor.ts';

const LABELS: Record<(typeof EDITOR_TRANSLATION_FILTERS)[number], string> = {
  'missing-ko': 'Missing Korean title',
};

/**
 * The editor event list's translation filter (`?translation=missing-ko`), for the list's GET
 * form beside status and publication; the page passes `translation === 'missing-ko'` on to
 * listEventsForEditor as `missingKorean`.
 */
export function TranslationFilter({ value }: { value?: string }) {
  return (
    <div>
      <label htmlFor="list-translation">Translation</label>
      <select id="list-translation" name="translation" defaultValue={value ?? ''}>
        <option value="">Any</option>
        {EDITOR_TRANSLATION_FILTERS.map((f) => (
          <option key={f} value={f}>
            {LABELS[f]}
          </option>
        ))}
      </select>
    </div>
  );
}
