'use client';

import { isUnavailable, TemporarilyUnavailable } from '@/components/layout/unavailable.tsx';

export default function TimelineError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  if (isUnavailable(error)) return <TemporarilyUnavailable reset={reset} />;
  return (
    <div className="card" role="alert">
      <h1>The timeline could not be loaded</h1>
      <p>
        Something went wrong on our side; it has been logged. Your filters are still in the address
        bar.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
