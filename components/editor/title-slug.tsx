'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { checkEventSlugAction, type SlugCheck } from '@/lib/actions/event-entry.ts';
import { slugify } from '@/lib/events/slugify.ts';
import fieldStyles from '@/components/ui/field.module.css';
import styles from './pickers.module.css';

interface Props {
  title: string;
  slug: string;
  /** The event's current slug when editing (it counts as available to itself). */
  ownSlug: string;
  errors: { title?: string; slug?: string };
}

/**
 * Title and slug. A new event's slug follows the title as it is typed until the editor types
 * in the slug (then it is theirs); either way it is checked for availability as it changes.
 * Without JavaScript both are plain fields.
 */
export function TitleSlug({ title: initialTitle, slug: initialSlug, ownSlug, errors }: Props) {
  const t = useTranslations('editor.eventForm');
  const [title, setTitle] = useState(initialTitle);
  const [slug, setSlug] = useState(initialSlug);
  // Follows while it is what the title would make (a new event, or one typed that way).
  const [follows, setFollows] = useState(
    !ownSlug && (!initialSlug || initialSlug === slugify(initialTitle)),
  );
  const [answer, setAnswer] = useState<{ slug: string; check: SlugCheck } | null>(null);
  const asked = useRef(0);
  // Shown only while it answers the slug in the field (typing on makes it stale).
  const check = answer && answer.slug === slug && slug !== ownSlug ? answer.check : null;

  useEffect(() => {
    if (!slug || slug === ownSlug) return;
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const result = await checkEventSlugAction(slug, ownSlug);
      if (n === asked.current) setAnswer({ slug, check: result });
    }, 250);
    return () => clearTimeout(timer);
  }, [slug, ownSlug]);

  const describe = (id: string, ...parts: (string | false | undefined)[]) =>
    parts
      .filter(Boolean)
      .map((p) => `${id}-${p}`)
      .join(' ') || undefined;
  return (
    <>
      <div className={fieldStyles.field}>
        <label htmlFor="f-title">
          {t('title')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id="f-title"
          name="title"
          required
          value={title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describe('f-title', errors.title && 'error')}
          onChange={(e) => {
            setTitle(e.target.value);
            if (follows) setSlug(slugify(e.target.value));
          }}
        />
        {errors.title ? (
          <span id="f-title-error" className={fieldStyles.error}>
            {errors.title}
          </span>
        ) : null}
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="f-slug">
          {t('slug')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id="f-slug"
          name="slug"
          required
          value={slug}
          aria-invalid={errors.slug || check?.state === 'taken' ? true : undefined}
          aria-describedby={describe('f-slug', 'hint', 'status', errors.slug && 'error')}
          onChange={(e) => {
            setSlug(e.target.value);
            setFollows(false);
          }}
        />
        <span id="f-slug-hint" className={fieldStyles.hint}>
          {follows ? t('slugFollows') : ''}
          {t('slugHint')}
        </span>
        <span
          id="f-slug-status"
          aria-live="polite"
          className={`${styles.status} ${check?.state === 'available' ? styles.available : check ? styles.taken : ''}`}
        >
          {check ? `${check.state === 'available' ? '✓' : '✗'} ${check.message}` : ''}
        </span>
        {errors.slug ? (
          <span id="f-slug-error" className={fieldStyles.error}>
            {errors.slug}
          </span>
        ) : null}
      </div>
    </>
  );
}
