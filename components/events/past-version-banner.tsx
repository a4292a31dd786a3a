import styles from './cite.module.css';

/** Says plainly that the page shows an old revision, and links to the current one. */
export function PastVersionBanner(props: {
  slug: string;
  revision: number;
  revisedAt: string;
  currentVersion: number;
}) {
  return (
    <div className={styles.past} role="note" aria-label="Past version">
      <strong>Past version.</strong> You are reading revision {props.revision} of this event, as
      saved on <time dateTime={props.revisedAt}>{props.revisedAt.slice(0, 10)}</time>; it is
      read-only and may have been corrected since.{' '}
      <a href={`/events/${encodeURIComponent(props.slug)}`}>
        Read the current version (revision {props.currentVersion})
      </a>
    </div>
  );
}
