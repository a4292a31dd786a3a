import { useTranslations } from 'next-intl';
import { TradeIntro } from './intro.tsx';

/** Space for the controls and the chart while they load, so the page does not jump (CLS). */
export default function Loading() {
  const t = useTranslations('charts.trade');
  return (
    <>
      <TradeIntro />
      <p className="empty" role="status">
        {t('loading')}
      </p>
      <div className="skeleton" style={{ minHeight: 960 }} aria-hidden="true" />
    </>
  );
}
