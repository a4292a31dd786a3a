import { useTranslations } from 'next-intl';
import { EDITOR_TRANSLATION_FILTERS } from '@/lib/schemas/editor.ts';

const LABELS = { 'missing-ko': 'missingKo' } as const;

/**
 * The editor event list's translation filter (`?translation=missing-ko`), for the list's GET
 * form beside status and publication; the page passes `translation === 'missing-ko'` on to
 * listEventsForEditor as `missingKorean`.
 */
export function TranslationFilter({ value }: { value?: string }) {
  const t = useTranslations('editor.list');
  return (
    <div>
      <label htmlFor="list-translation">{t('translation')}</label>
      <select id="list-translation" name="translation" defaultValue={value ?? ''}>
        <option value="">{t('any')}</option>
        {EDITOR_TRANSLATION_FILTERS.map((f) => (
          <option key={f} value={f}>
            {t(LABELS[f])}
          </option>
        ))}
      </select>
    </div>
  );
}
