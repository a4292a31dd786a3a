import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** Why a chart's query cannot be drawn, field by field (the field names are the URL's). */
export function ChartErrors({
  errors,
  children,
}: {
  errors: Record<string, string>;
  children?: ReactNode;
}) {
  const t = useTranslations('charts');
  return (
    <div role="alert" className="card">
      <h2>{t('cantDraw')}</h2>
      <ul>
        {Object.entries(errors).map(([field, message]) => (
          <li key={field}>
            <strong>{field}</strong>: {message}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
