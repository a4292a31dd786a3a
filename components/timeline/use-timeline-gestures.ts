'use client';

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { panWindow, zoomWindow, type TimeWindow } from '@/lib/timeline/window.ts';

/**
 * Wheel zoom (around the pointer), drag to pan and two-finger pinch on the chart. Each
 * gesture works from the window it started with, so whole-day snapping never stalls a slow
 * drag. Returns `wasDrag()` so a click that ended a drag does not select an event.
 */
export function useTimelineGestures(
  ref: RefObject<HTMLElement | null>,
  plot: { left: number; width: number },
  getWindow: () => TimeWindow,
  setWindow: (w: TimeWindow) => void,
) {
  const dragged = useRef(false);
  const latest = useRef({ plot, getWindow, setWindow });
  useEffect(() => {
    latest.current = { plot, getWindow, setWindow };
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const pointers = new Map<number, number>();
    let origin: { window: TimeWindow; x: number; distance: number; mid: number } | null = null;
    const localX = (clientX: number) =>
      clientX - el.getBoundingClientRect().left - latest.current.plot.left;

    const begin = () => {
      const xs = [...pointers.values()];
      const mid = xs.reduce((a, b) => a + b, 0) / xs.length;
      origin = {
        window: latest.current.getWindow(),
        x: xs[0],
        distance: xs.length > 1 ? Math.abs(xs[0] - xs[1]) : 0,
        mid,
      };
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { width } = latest.current.plot;
      const factor = Math.min(2, Math.max(0.5, Math.exp(e.deltaY * 0.002)));
      const anchor = Math.min(1, Math.max(0, localX(e.clientX) / width));
      latest.current.setWindow(zoomWindow(latest.current.getWindow(), factor, anchor));
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, localX(e.clientX));
      dragged.current = false;
      begin();
    };
    const onMove = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || !origin) return;
      pointers.set(e.pointerId, localX(e.clientX));
      const xs = [...pointers.values()];
      const { width } = latest.current.plot;
      if (xs.length > 1 && origin.distance > 10) {
        const distance = Math.max(10, Math.abs(xs[0] - xs[1]));
        dragged.current = true;
        latest.current.setWindow(
          zoomWindow(origin.window, origin.distance / distance, origin.mid / width),
        );
      } else if (xs.length === 1 && Math.abs(xs[0] - origin.x) > 4) {
        if (!dragged.current) el.setPointerCapture(e.pointerId);
        dragged.current = true;
        latest.current.setWindow(panWindow(origin.window, -(xs[0] - origin.x) / width));
      }
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size) begin();
      else origin = null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref]);

  const wasDrag = useCallback(() => dragged.current, []);
  return { wasDrag };
}
