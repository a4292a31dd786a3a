import { useTranslations } from 'next-intl';

/** The page's heading and lede: shown at once by loading.tsx and kept by the page, so nothing moves. */
export function TradeIntro() {
  const t = useTranslations('charts.trade');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
    </>
  );
}
