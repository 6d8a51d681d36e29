/**
 * Streams the values of a (sync) generator as NDJSON, one line per value, produced lazily: each `pull`
 * takes the next value only when the consumer is ready for it, and yields to the event loop first so a
 * long review never blocks other requests. Stops when `signal` aborts (the client went away).
 * If the generator throws, `onError` turns the error into a last line and the stream closes.
 */
export function ndjsonStream<T>(
  values: Iterator<T>,
  { signal, onError }: { signal?: AbortSignal; onError: (error: unknown) => unknown },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) {
        values.return?.();
        controller.close();
        return;
      }
      let next: IteratorResult<T>;
      try {
        next = values.next();
      } catch (error) {
        controller.enqueue(encoder.encode(JSON.stringify(onError(error)) + "\n"));
        controller.close();
        return;
      }
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(JSON.stringify(next.value) + "\n"));
    },
    cancel() {
      values.return?.();
    },
  });
}

export const NDJSON_HEADERS = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  // no-transform: proxies must not compress (and so buffer) the stream.
  "Cache-Control": "no-cache, no-transform",
  // nginx buffers proxied responses unless told not to.
  "X-Accel-Buffering": "no",
} as const;
