'use client';

import { useTranslations } from 'next-intl';
import { useState, type KeyboardEvent, type Ref } from 'react';
import styles from './pickers.module.css';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
}

interface Props {
  /** The input's id: its label's `for` and the error summary's link target. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  text: string;
  onText: (text: string) => void;
  /** What matches the text, best first (the parent filters). */
  options: ComboOption[];
  onPick: (option: ComboOption) => void;
  /** Backspace in an empty input: remove the last chip. */
  onBackspaceEmpty?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A type-ahead in the ARIA combobox pattern (editable combobox with list autocomplete): the
 * input owns a listbox; ↑/↓ move through the options, Enter picks, Escape closes (then
 * clears), Backspace in an empty input calls onBackspaceEmpty. The first option is active,
 * so typing a few letters and Enter picks the best match. Options take no focus of their own.
 */
export function Combobox({
  id,
  label,
  hint,
  error,
  text,
  onText,
  options,
  onPick,
  onBackspaceEmpty,
  inputRef,
}: Props) {
  const t = useTranslations('editor.combobox');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = `${id}-list`;
  const shown = open && options.length > 0;
  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  function pick(option: ComboOption) {
    onPick(option);
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!shown) setOpen(true);
        else setActive((a) => Math.min(a + 1, options.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter':
        // Never submits the whole form from the picker.
        if (shown || text) e.preventDefault();
        if (shown && current >= 0) pick(options[current]);
        break;
      case 'Escape':
        if (shown) {
          e.preventDefault();
          setOpen(false);
        } else if (text) {
          e.preventDefault();
          onText('');
        }
        break;
      case 'Backspace':
        if (!text && onBackspaceEmpty) onBackspaceEmpty();
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  }

  return (
    <div className={styles.combo}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && current >= 0 ? optionId(current) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        value={text}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      ) : null}
      <ul id={listId} role="listbox" aria-label={label} className={styles.list} hidden={!shown}>
        {shown
          ? options.map((o, i) => (
              <li
                key={o.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className={styles.option}
                // mousedown, not click: the input keeps its focus (no blur closes the list first).
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
                onMouseMove={() => setActive(i)}
              >
                <span>{o.label}</span>
                {o.detail ? <span className={styles.detail}>{o.detail}</span> : null}
              </li>
            ))
          : null}
      </ul>
      <span className="sr-only" aria-live="polite">
        {open && text ? t('matches', { count: options.length }) : ''}
      </span>
    </div>
  );
}

/** Selected items as removable chips. */
export function Chips({
  label,
  items,
  onRemove,
}: {
  label: string;
  items: { id: string; label: string }[];
  onRemove: (id: string) => void;
}) {
  const t = useTranslations('editor.combobox');
  if (!items.length) return null;
  return (
    <ul className={styles.chips} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={styles.chip}>
          <span>{item.label}</span>
          <button
            type="button"
            className={styles.remove}
            aria-label={t('remove', { name: item.label })}
            onClick={() => onRemove(item.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
