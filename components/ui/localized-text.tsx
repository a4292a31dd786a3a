import type { ElementType } from 'react';
import type { Localized } from '@/lib/i18n/localized.ts';
import styles from './localized-text.module.css';

/**
 * The mark beside English shown in place of a missing translation. Visible text (the label,
 * in the page's language, passed by the page from its catalogue), so screen readers say it too.
 */
export function NotTranslatedMark({ label }: { label: string }) {
  return <span className={styles.missing}>{label}</span>;
}

/**
 * A translated field as `localized()` chose it: the text in its own `lang`, and the
 * "not translated" mark when the reader's language had none.
 */
export function LocalizedText({
  value,
  missingLabel,
  as: Tag = 'span',
  className,
}: {
  value: Localized;
  missingLabel: string;
  as?: ElementType;
  className?: string;
}) {
  return (
    <Tag className={className}>
      <span lang={value.lang}>{value.text}</span>
      {value.missing ? <NotTranslatedMark label={missingLabel} /> : null}
    </Tag>
  );
}
