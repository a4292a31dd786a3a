import { TradeIntro } from './intro.tsx';

/** Space for the controls and the chart while they load, so the page does not jump (CLS). */
export default function Loading() {
  return (
    <>
      <TradeIntro />
      <p className="empty" role="status">
        Loading the trade chart…
      </p>
      <div className="skeleton" style={{ minHeight: 960 }} aria-hidden="true" />
    </>
  );
}
