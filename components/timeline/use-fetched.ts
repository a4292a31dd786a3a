'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export interface Fetched<T> {
  /** What `value` answers (a query string). */
  key: string;
  value: T;
}

interface State<T> extends Fetched<T> {
  loading: string | null;
  error: string | null;
}

/**
 * One JSON resource that follows a changing query: `load(key)` fetches `url(key)` unless the
 * value shown already answers it, aborts the request it supersedes, and keeps the old value
 * on screen until the new one arrives (or fails, with `error` set). Data the server rendered
 * (`initial`) is adopted whenever a new copy of it arrives for the key last asked for.
 */
export function useFetched<T>(initial: Fetched<T>, url: (key: string) => string) {
  const [state, setState] = useState<State<T>>({ ...initial, loading: null, error: null });
  const [seen, setSeen] = useState(initial);
  const [wanted, setWanted] = useState(initial.key);
  const request = useRef<AbortController | null>(null);
  const urlRef = useRef(url);
  const initialRef = useRef(initial);
  useEffect(() => {
    urlRef.current = url;
    initialRef.current = initial;
  });

  if (seen !== initial) {
    setSeen(initial);
    if (initial.key === wanted) setState({ ...initial, loading: null, error: null });
  }
  useEffect(() => () => request.current?.abort(), []);

  const shownKey = useRef(state.key);
  const hasError = useRef(false);
  useEffect(() => {
    shownKey.current = state.key;
    hasError.current = state.error !== null;
  });

  const load = useCallback((key: string) => {
    setWanted(key);
    request.current?.abort();
    request.current = null;
    if (shownKey.current === key && !hasError.current) {
      setState((s) => (s.loading ? { ...s, loading: null } : s));
      return;
    }
    if (initialRef.current.key === key) {
      setState({ ...initialRef.current, loading: null, error: null });
      return;
    }
    const controller = new AbortController();
    request.current = controller;
    setState((s) => ({ ...s, loading: key, error: null }));
    fetch(urlRef.current(key), {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    })
      .then(async (res) => {
        if (!res.ok)
          throw new Error(
            res.status >= 500 ? 'the server could not answer' : `the server answered ${res.status}`,
          );
        return (await res.json()) as T;
      })
      .then((value) => {
        if (!controller.signal.aborted) setState({ key, value, loading: null, error: null });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        // fetch rejects with a TypeError when the network is down; anything else is ours.
        const message =
          err instanceof Error && !(err instanceof TypeError)
            ? err.message
            : 'the network is unreachable';
        setState((cur) => ({ ...cur, loading: null, error: message }));
      });
  }, []);

  return { ...state, load };
}
