export default function TimelineLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h1>Timeline</h1>
      <div className="card skeleton" style={{ height: '18rem' }}>
        <p className="meta">Loading the timeline…</p>
      </div>
    </div>
  );
}
