import { localized, type Locale } from '../i18n/localized.ts';
import type { TimelineData } from '../shapes/timeline.ts';

/**
 * The timeline's data as the chart draws it in `locale`: event titles and actor lane labels
 * in Korean where they have one. Plain text, no "not translated" mark inside the SVG; the list
 * and the panel beside the chart carry the mark. English: the data unchanged.
 */
export function chartInLanguage(data: TimelineData, locale: Locale): TimelineData {
  if (locale === 'en') return data;
  const lanes = data.lanes.map((l) => (l.labelKo?.trim() ? { ...l, label: l.labelKo } : l));
  if (data.mode === 'buckets') return { ...data, lanes: lanes as typeof data.lanes };
  return {
    ...data,
    lanes,
    items: data.items.map((i) => ({ ...i, title: localized(i, 'title', locale).text })),
  };
}
