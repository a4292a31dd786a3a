// Runs once when the Next server starts (Next's instrumentation hook), before any request.

export async function register() {
  // Node's HTTP server only; the edge runtime has none.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseTrace } = await import('./lib/http/refuse-trace.ts');
    refuseTrace();
  }
}
