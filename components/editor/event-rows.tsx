import { Field } from '@/components/ui/field.tsx';
import type { FormValues } from '@/lib/events/event-form.ts';
import { CREDIBILITY_LABELS, gradeOptions, RELIABILITY_LABELS } from '@/lib/schemas/enums.ts';
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

// A grade is a decision: a new source starts "Not graded" (empty), never F6.
const NOT_GRADED = { value: '', label: 'Not graded' };
const RELIABILITY = [NOT_GRADED, ...gradeOptions(RELIABILITY_LABELS)];
const CREDIBILITY = [NOT_GRADED, ...gradeOptions(CREDIBILITY_LABELS)];

/** The repeatable parts of an event: actors with roles, sources with grades, quotes. */
export function EventRows({ values: v, errors: e, counts, actors, onActorMade, onAdd }: Props) {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sourceOptions = [
    { value: '', label: '— as before —' },
    ...range(counts.sources).map((i) => ({
      value: String(i + 1),
      label: `Source ${i + 1}${v[`sources.${i}.publisher`] ? ` (${v[`sources.${i}.publisher`]})` : ''}`,
    })),
  ];
  return (
    <>
      <fieldset className={styles.group}>
        <legend>Actors</legend>
        <ActorPicker actors={actors} initial={chosenActors(v)} errors={e} onMade={onActorMade} />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Sources</legend>
        {range(counts.sources).map((i) => (
          <div key={i} className={styles.subgroup}>
            <SourceLibrary index={i} />
            <div className={styles.row}>
              <Field
                name={`sources.${i}.publisher`}
                label={`Source ${i + 1} publisher`}
                defaultValue={v[`sources.${i}.publisher`]}
                error={e[`sources.${i}.publisher`]}
              />
              <Field
                name={`sources.${i}.title`}
                label={`Source ${i + 1} title`}
                defaultValue={v[`sources.${i}.title`]}
                error={e[`sources.${i}.title`]}
              />
            </div>
            <div className={styles.row}>
              <Field
                name={`sources.${i}.url`}
                label={`Source ${i + 1} URL`}
                type="url"
                defaultValue={v[`sources.${i}.url`]}
                error={e[`sources.${i}.url`]}
              />
              <Field
                name={`sources.${i}.publishedAt`}
                label={`Source ${i + 1} published`}
                defaultValue={v[`sources.${i}.publishedAt`]}
                error={e[`sources.${i}.publishedAt`]}
                hint="YYYY, YYYY-MM or YYYY-MM-DD"
              />
              <Field
                name={`sources.${i}.reliability`}
                label={`Source ${i + 1} reliability`}
                hint="Is the source reliable? Leave “Not graded” until you have decided"
                options={RELIABILITY}
                defaultValue={v[`sources.${i}.reliability`] ?? ''}
                error={e[`sources.${i}.reliability`]}
              />
              <Field
                name={`sources.${i}.credibility`}
                label={`Source ${i + 1} credibility`}
                options={CREDIBILITY}
                defaultValue={v[`sources.${i}.credibility`] ?? ''}
                error={e[`sources.${i}.credibility`]}
              />
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => onAdd('sources')}>
          Add another source
        </button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Quotes</legend>
        {range(counts.quotes).map((i) => (
          <div key={i} className={styles.subgroup}>
            <div className={styles.row}>
              <Field
                name={`quotes.${i}.speaker`}
                label={`Quote ${i + 1} speaker`}
                defaultValue={v[`quotes.${i}.speaker`]}
                error={e[`quotes.${i}.speaker`]}
              />
              <Field
                name={`quotes.${i}.role`}
                label={`Quote ${i + 1} speaker's role`}
                defaultValue={v[`quotes.${i}.role`]}
                error={e[`quotes.${i}.role`]}
              />
              <Field
                name={`quotes.${i}.venue`}
                label={`Quote ${i + 1} venue`}
                defaultValue={v[`quotes.${i}.venue`]}
                error={e[`quotes.${i}.venue`]}
              />
            </div>
            <Field
              name={`quotes.${i}.text`}
              label={`Quote ${i + 1} text (verbatim)`}
              multiline={2}
              defaultValue={v[`quotes.${i}.text`]}
              error={e[`quotes.${i}.text`]}
            />
            <div className={styles.row}>
              <Field
                name={`quotes.${i}.language`}
                label={`Quote ${i + 1} language`}
                defaultValue={v[`quotes.${i}.language`] ?? 'en'}
                error={e[`quotes.${i}.language`]}
              />
              <Field
                name={`quotes.${i}.date`}
                label={`Quote ${i + 1} date`}
                defaultValue={v[`quotes.${i}.date`]}
                error={e[`quotes.${i}.date`]}
              />
              <Field
                name={`quotes.${i}.translation`}
                label={`Quote ${i + 1} translation`}
                defaultValue={v[`quotes.${i}.translation`]}
                error={e[`quotes.${i}.translation`]}
              />
              <Field
                name={`quotes.${i}.source`}
                label={`Quote ${i + 1} comes from`}
                options={sourceOptions}
                defaultValue={v[`quotes.${i}.source`] ?? (v[`quotes.${i}.speaker`] ? '' : '1')}
                error={e[`quotes.${i}.source`]}
                hint="One of this event’s sources, numbered as above"
              />
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => onAdd('quotes')}>
          Add another quote
        </button>
      </fieldset>
    </>
  );
}
