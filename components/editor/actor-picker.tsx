'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { createActorFromPickerAction } from '@/lib/actions/event-entry.ts';
import { ACTOR_KINDS } from '@/lib/schemas/enums.ts';
import { Combobox, type ComboOption } from './combobox.tsx';
import styles from './pickers.module.css';
import { useEnhanced } from './use-enhanced.ts';

export interface ActorOption {
  code: string;
  name: string;
  kind: string;
}
interface Chosen {
  code: string;
  role: string;
}
interface Props {
  actors: ActorOption[];
  initial: Chosen[];
  /** Field errors of the form; every `actors.…` one is shown here. */
  errors: Record<string, string>;
  /** Told of an actor made here, so the form keeps it across a failed save. */
  onMade?: (actor: ActorOption) => void;
}

const CREATE = '__create';
export const ACTOR_PICKER_ID = 'f-actors';

/** How well an actor matches what was typed: lower is better, null for no match. */
function rank(a: ActorOption, q: string): number | null {
  const code = a.code.toLowerCase();
  const name = a.name.toLowerCase();
  if (code === q || name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-–(),.]+/).some((w) => w.startsWith(q))) return 2;
  if (code.startsWith(q) || code.split('_').some((w) => w.startsWith(q))) return 3;
  if (name.includes(q) || code.includes(q)) return 4;
  return null;
}

/** The best matches by name or code ("austin", "Lloyd", "KP"), names first. */
export function matchActors(actors: ActorOption[], text: string, exclude: Set<string>) {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  return actors
    .filter((a) => !exclude.has(a.code))
    .map((a) => ({ a, r: rank(a, q) }))
    .filter((m): m is { a: ActorOption; r: number } => m.r !== null)
    .sort((x, y) => x.r - y.r || x.a.name.localeCompare(y.a.name))
    .slice(0, 8)
    .map((m) => m.a);
}

/** An actor code proposed from a name: "Kim Yo Jong" → "KIM_YO_JONG". */
const codeFor = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^[^A-Z]+|_+$/g, '')
    .slice(0, 20)
    .replace(/_+$/, '');

/**
 * The event's actors: a type-ahead by name or code, the chosen ones as removable chips with
 * their role, and "Create actor …" for one not on file yet. Without JavaScript it is a
 * select per row (the server renders that; the type-ahead replaces it once the page runs).
 */
export function ActorPicker({ actors: known, initial, errors, onMade }: Props) {
  const t = useTranslations('editor.actorPicker');
  const values = useTranslations('editor.values');
  const enhanced = useEnhanced();
  const [actors, setActors] = useState(known);
  const [chosen, setChosen] = useState<Chosen[]>(initial);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ActorOption | null>(null);
  const [draftErrors, setDraftErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const byCode = new Map(actors.map((a) => [a.code, a]));
  const messages = Object.entries(errors)
    .filter(([k]) => k === 'actors' || k.startsWith('actors.'))
    .map(([, m]) => m);
  const error = messages.length ? [...new Set(messages)].join(' ') : undefined;

  if (!enhanced) {
    const options = [
      { value: '', label: t('none') },
      ...known.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
    ];
    return (
      <>
        {[...initial, { code: '', role: 'participant' }].map((c, i) => (
          <div className={styles.panel} key={i}>
            <Field
              id={i === 0 ? ACTOR_PICKER_ID : undefined}
              name={`actors.${i}.code`}
              label={t('actorN', { n: i + 1 })}
              options={options}
              defaultValue={c.code}
              error={i === 0 ? error : undefined}
            />
            <Field
              name={`actors.${i}.role`}
              label={t('roleN', { n: i + 1 })}
              defaultValue={c.role || 'participant'}
            />
          </div>
        ))}
      </>
    );
  }

  const taken = new Set(chosen.map((c) => c.code));
  const matches = matchActors(actors, text, taken);
  const typed = text.trim();
  const exact = actors.some(
    (a) => a.name.toLowerCase() === typed.toLowerCase() || a.code === typed.toUpperCase(),
  );
  const options: ComboOption[] = matches.map((a) => ({
    id: a.code,
    label: a.name,
    detail: `${a.code} · ${values(`actorKind.${a.kind}`)}`,
  }));
  if (typed && !exact) options.push({ id: CREATE, label: t('createTyped', { name: typed }) });

  const add = (code: string) => setChosen((c) => [...c, { code, role: 'participant' }]);
  const remove = (code: string) => setChosen((c) => c.filter((x) => x.code !== code));

  function pick(o: ComboOption) {
    if (o.id === CREATE) {
      setDraft({ name: typed, code: codeFor(typed), kind: 'person' });
      setDraftErrors({});
    } else add(o.id);
    setText('');
  }

  async function create() {
    if (!draft) return;
    setBusy(true);
    const result = await createActorFromPickerAction(draft);
    setBusy(false);
    if ('actor' in result) {
      setActors((list) => [...list, result.actor]);
      onMade?.(result.actor);
      add(result.actor.code);
      setDraft(null);
      input.current?.focus();
    } else
      setDraftErrors({
        ...result.fieldErrors,
        ...(result.formError ? { _: result.formError } : {}),
      });
  }
  const draftKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void create();
    } else if (e.key === 'Escape') {
      setDraft(null);
      input.current?.focus();
    }
  };

  return (
    <>
      {chosen.length ? (
        <ul className={styles.chips} aria-label={t('chosen')}>
          {chosen.map((c, i) => {
            const name = byCode.get(c.code)?.name ?? c.code;
            return (
              <li key={c.code} className={styles.chip}>
                <span>{name}</span>
                <input type="hidden" name={`actors.${i}.code`} value={c.code} />
                <input
                  className={styles.chipRole}
                  name={`actors.${i}.role`}
                  aria-label={t('roleOf', { name })}
                  value={c.role}
                  onChange={(e) =>
                    setChosen((all) =>
                      all.map((x) => (x.code === c.code ? { ...x, role: e.target.value } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  className={styles.remove}
                  aria-label={t('remove', { name })}
                  onClick={() => remove(c.code)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <Combobox
        id={ACTOR_PICKER_ID}
        label={t('add')}
        hint={t('addHint')}
        error={error}
        text={text}
        onText={setText}
        options={options}
        onPick={pick}
        onBackspaceEmpty={() => setChosen((c) => c.slice(0, -1))}
        inputRef={input}
      />
      {draft ? (
        <fieldset className={styles.panel}>
          <legend>{t('newActor')}</legend>
          <label>
            {t('name')}
            <input
              autoFocus
              value={draft.name}
              aria-invalid={draftErrors.name ? true : undefined}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              onKeyDown={draftKey}
            />
          </label>
          <label>
            {t('code')}
            <input
              value={draft.code}
              aria-invalid={draftErrors.code ? true : undefined}
              onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })}
              onKeyDown={draftKey}
            />
          </label>
          <label>
            {t('kind')}
            <select
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
              onKeyDown={draftKey}
            >
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {values(`actorKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <div>
            <button type="button" onClick={() => void create()} disabled={busy}>
              {busy ? t('creating') : t('create')}
            </button>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft(null);
                input.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
          {Object.keys(draftErrors).length ? (
            <p role="alert" className={styles.error}>
              {Object.values(draftErrors).join(' ')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
