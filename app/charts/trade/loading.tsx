export default function Loading() {
  return (
    <>
      <h1>Trade and events</h1>
      <p className="empty" role="status">
        Loading the trade chart…
      </p>
    </>
  );
}
