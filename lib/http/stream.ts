/**
 * A response body pulled one page at a time: the next page is read from the database only
 * when the client has taken the previous one, so memory stays flat for any export size.
 */
export function streamPages<T>(
  pages: AsyncGenerator<T[]>,
  encode: (page: T[], index: number) => string,
  frame: { head?: string; tail?: string } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { head = '', tail = '' } = frame;
  let index = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      try {
        const { value, done } = await pages.next();
        if (done) {
          if (tail) controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(encode(value, index++)));
      } catch (err) {
        console.error('Export stream failed:', err);
        controller.error(err);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/** "events-2026-11-27.csv": the kind of data and the day it was taken. */
export function exportFileName(kind: string, ext: string): string {
  return `${kind}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}
