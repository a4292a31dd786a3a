/** The page's heading and lede: shown at once by loading.tsx and kept by the page, so nothing moves. */
export function TradeIntro() {
  return (
    <>
      <h1>Trade and events</h1>
      <p className="lede">
        North Korea&apos;s reported trade by partner and year, with the events that involve both
        sides marked on the line. Figures from different compilers are kept apart: where the
        compiler changes, the chart marks a break.
      </p>
    </>
  );
}
