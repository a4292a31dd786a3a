'use client';

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { panWindow, zoomWindow, type TimeWindow } from '@/lib/timeline/window.ts';

/** Sent (bubbling) from the chart when a plain wheel scrolled the page instead of zooming. */
export const WHEEL_HINT_EVENT = 'timeline-wheel-hint';

/**
 * Wheel zoom (around the pointer), drag to pan and two-finger pinch (around the fingers) on
 * the chart. A plain wheel scrolls the page, as everywhere else: it zooms with Ctrl or ⌘
 * (a trackpad pinch arrives as Ctrl+wheel too), or once the chart has been clicked, until a
 * click elsewhere; otherwise the chart asks for a hint (WHEEL_HINT_EVENT). Each gesture works
 * from the window it started with, so whole-day snapping never stalls a slow drag. Returns
 * `wasDrag()` so a click that ended a drag does not select an event.
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
    let armed = false;
    const disarm = (e: PointerEvent) => {
      if (!el.contains(e.target as Node)) armed = false;
    };
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
      if (!armed && !e.ctrlKey && !e.metaKey) {
        el.dispatchEvent(new CustomEvent(WHEEL_HINT_EVENT, { bubbles: true }));
        return; // the page scrolls
      }
      e.preventDefault();
      const { width } = latest.current.plot;
      const factor = Math.min(2, Math.max(0.5, Math.exp(e.deltaY * 0.002)));
      const anchor = Math.min(1, Math.max(0, localX(e.clientX) / width));
      latest.current.setWindow(zoomWindow(latest.current.getWindow(), factor, anchor));
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      armed = true;
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
    document.addEventListener('pointerdown', disarm);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      document.removeEventListener('pointerdown', disarm);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref]);

  const wasDrag = useCallback(() => dragged.current, []);
  return { wasDrag };
}
