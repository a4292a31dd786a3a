import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import type { ReactNode } from 'react';
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
  const t = useTranslations('charts.version');
  const code = (c: ReactNode) => <code>{c}</code>;
  const asked = [params.v].flat()[0];
  const changed = asked !== undefined && asked !== version;
  // The reader's language stays in the link (English keeps the unprefixed address).
  const href = localizedPath(useLocale(), versionedChartUrl(path, params, version));
  return (
    <>
      {changed ? (
        <div role="alert" className="card">
          {t.rich('changed', { strong: (c) => <strong>{c}</strong>, code, asked, version })}{' '}
          <a href={href}>{t('current')}</a>
        </div>
      ) : null}
      <p className="meta" data-testid="data-version">
        <span>{t.rich('label', { code, version })}</span>
        <a href={href}>{t('permanent')}</a>
      </p>
    </>
  );
}
