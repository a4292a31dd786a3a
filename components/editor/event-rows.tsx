import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field.tsx';
import type { FormValues } from '@/lib/events/event-form.ts';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '@/lib/schemas/enums.ts';
import { ActorPicker, type ActorOption } from './actor-picker.tsx';
import { SourceLibrary } from './source-library.tsx';
import styles from './event-form.module.css';

type RowName = 'sources' | 'quotes';
interface Props {
  values: FormValues;
  errors: Record<string, string>;
  counts: Record<RowName, number>;
  actors: ActorOption[];
  onActorMade: (actor: ActorOption) => void;
  onAdd: (name: RowName) => void;
}

/** The actors the values name, in order, with their roles. */
function chosenActors(v: FormValues) {
  const out: { code: string; role: string }[] = [];
  for (let i = 0; v[`actors.${i}.code`] !== undefined; i++)
    if (v[`actors.${i}.code`])
      out.push({ code: v[`actors.${i}.code`], role: v[`actors.${i}.role`] || 'participant' });
  return out;
}

/** The repeatable parts of an event: actors with roles, sources with grades, quotes. */
export function EventRows({ values: v, errors: e, counts, actors, onActorMade, onAdd }: Props) {
  const t = useTranslations('editor.rows');
  const terms = useTranslations('terms');
  // A grade is a decision: a new source starts "Not graded" (empty), never F6.
  const notGraded = { value: '', label: t('notGraded') };
  const grades = (scale: 'reliability' | 'credibility', labels: Record<string, string>) => [
    notGraded,
    ...Object.keys(labels).map((g) => ({ value: g, label: `${g} — ${terms(`${scale}.${g}`)}` })),
  ];
  const reliability = grades('reliability', RELIABILITY_LABELS);
  const credibility = grades('credibility', CREDIBILITY_LABELS);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sourceOptions = [
    { value: '', label: t('asBefore') },
    ...range(counts.sources).map((i) => ({
      value: String(i + 1),
      label: v[`sources.${i}.publisher`]
        ? t('sourceNamed', { n: i + 1, publisher: v[`sources.${i}.publisher`] })
        : t('sourceN', { n: i + 1 }),
    })),
  ];
  return (
    <>
      <fieldset className={styles.group}>
        <legend>{t('actors')}</legend>
        <ActorPicker actors={actors} initial={chosenActors(v)} errors={e} onMade={onActorMade} />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('sources')}</legend>
        {range(counts.sources).map((i) => (
          <div key={i} className={styles.subgroup}>
            <SourceLibrary index={i} />
            <div className={styles.row}>
              <Field
                name={`sources.${i}.publisher`}
                label={t('sourcePublisher', { n: i + 1 })}
                defaultValue={v[`sources.${i}.publisher`]}
                error={e[`sources.${i}.publisher`]}
              />
              <Field
                name={`sources.${i}.title`}
                label={t('sourceTitle', { n: i + 1 })}
                defaultValue={v[`sources.${i}.title`]}
                error={e[`sources.${i}.title`]}
              />
            </div>
            <div className={styles.row}>
              <Field
                name={`sources.${i}.url`}
                label={t('sourceUrl', { n: i + 1 })}
                type="url"
                defaultValue={v[`sources.${i}.url`]}
                error={e[`sources.${i}.url`]}
              />
              <Field
                name={`sources.${i}.publishedAt`}
                label={t('sourcePublished', { n: i + 1 })}
                defaultValue={v[`sources.${i}.publishedAt`]}
                error={e[`sources.${i}.publishedAt`]}
                hint={t('partialDate')}
              />
              <Field
                name={`sources.${i}.reliability`}
                label={t('sourceReliability', { n: i + 1 })}
                hint={t('reliabilityHint')}
                options={reliability}
                defaultValue={v[`sources.${i}.reliability`] ?? ''}
                error={e[`sources.${i}.reliability`]}
              />
              <Field
                name={`sources.${i}.credibility`}
                label={t('sourceCredibility', { n: i + 1 })}
                options={credibility}
                defaultValue={v[`sources.${i}.credibility`] ?? ''}
                error={e[`sources.${i}.credibility`]}
              />
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => onAdd('sources')}>
          {t('addSource')}
        </button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('quotes')}</legend>
        {range(counts.quotes).map((i) => (
          <div key={i} className={styles.subgroup}>
            <div className={styles.row}>
              <Field
                name={`quotes.${i}.speaker`}
                label={t('quoteSpeaker', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.speaker`]}
                error={e[`quotes.${i}.speaker`]}
              />
              <Field
                name={`quotes.${i}.role`}
                label={t('quoteRole', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.role`]}
                error={e[`quotes.${i}.role`]}
              />
              <Field
                name={`quotes.${i}.venue`}
                label={t('quoteVenue', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.venue`]}
                error={e[`quotes.${i}.venue`]}
              />
            </div>
            <Field
              name={`quotes.${i}.text`}
              label={t('quoteText', { n: i + 1 })}
              multiline={2}
              defaultValue={v[`quotes.${i}.text`]}
              error={e[`quotes.${i}.text`]}
            />
            <div className={styles.row}>
              <Field
                name={`quotes.${i}.language`}
                label={t('quoteLanguage', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.language`] ?? 'en'}
                error={e[`quotes.${i}.language`]}
              />
              <Field
                name={`quotes.${i}.date`}
                label={t('quoteDate', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.date`]}
                error={e[`quotes.${i}.date`]}
              />
              <Field
                name={`quotes.${i}.translation`}
                label={t('quoteTranslation', { n: i + 1 })}
                defaultValue={v[`quotes.${i}.translation`]}
                error={e[`quotes.${i}.translation`]}
              />
              <Field
                name={`quotes.${i}.source`}
                label={t('quoteSource', { n: i + 1 })}
                options={sourceOptions}
                defaultValue={v[`quotes.${i}.source`] ?? (v[`quotes.${i}.speaker`] ? '' : '1')}
                error={e[`quotes.${i}.source`]}
                hint={t('quoteSourceHint')}
              />
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => onAdd('quotes')}>
          {t('addQuote')}
        </button>
      </fieldset>
    </>
  );
}
