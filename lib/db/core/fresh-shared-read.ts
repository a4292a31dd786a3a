/**
 * Wraps `read` so that callers asking at the same time share one call, while each caller
 * still gets the result of a call that started after it asked. A caller arriving while a
 * call is in flight waits for the next call, which starts as soon as the current one ends
 * and answers everyone who arrived meanwhile. Under load this is one read per round trip
 * instead of one per caller, and never a value older than the caller's request: a write
 * committed before a reader asked is seen by that reader.
 */
export function freshSharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const call: Promise<T> = read().finally(() => {
      if (current === call) current = null;
    });
    current = call;
    return call;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
