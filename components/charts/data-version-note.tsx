import { versionedChartUrl } from '@/lib/charts/data-version.ts';

/**
 * The data version a chart is drawn from, with a link that names it. Opened later from a
 * link with another version (`?v=`), it says plainly that the figures have changed since,
 * and offers a link to the current ones.
 */
export function DataVersionNote(props: {
  path: string;
  params: Record<string, string | string[] | undefined>;
  version: string;
}) {
  const { path, params, version } = props;
  const asked = [params.v].flat()[0];
  const changed = asked !== undefined && asked !== version;
  return (
    <>
      {changed ? (
        <div role="alert" className="card">
          <strong>The data has changed since this link was made.</strong> It named data version{' '}
          <code>{asked}</code>; the chart below is drawn from the current data, version{' '}
          <code>{version}</code>.{' '}
          <a href={versionedChartUrl(path, params, version)}>Link to the current figures</a>
        </div>
      ) : null}
      <p className="meta" data-testid="data-version">
        <span>
          Data version <code>{version}</code>
        </span>
        <a href={versionedChartUrl(path, params, version)}>Permanent link to these figures</a>
      </p>
    </>
  );
}
