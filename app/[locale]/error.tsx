'use client';

import { isUnavailable, TemporarilyUnavailable } from '@/components/layout/unavailable.tsx';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  if (isUnavailable(error)) return <TemporarilyUnavailable reset={reset} />;
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. The error has been logged.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
