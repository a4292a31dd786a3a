'use client';

import { useEffect, useRef } from 'react';

/** The field focused when the form was last submitted, to focus again once the page re-renders it. */
let refocus: string | null = null;

/**
 * Makes the enclosing filter form answer at once: any change (a box ticked, a date typed
 * and left, Enter in the search) submits it, so there is no Apply button to find. The
 * button stays in the HTML for a browser without JavaScript, and is hidden here.
 */
export function AutoApply() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const apply = form.querySelector<HTMLElement>('[data-apply]');
    if (apply) apply.style.display = 'none'; // the stylesheet's button display beats [hidden]
    if (refocus) {
      form.querySelector<HTMLElement>(`[name="${CSS.escape(refocus)}"]`)?.focus();
      refocus = null;
    }
    const onChange = (e: Event) => {
      const field = e.target as HTMLInputElement;
      // The type-ahead boxes only narrow a list; they are not filters.
      if (!field.name || (field.pattern && !field.checkValidity())) return;
      refocus = field.type === 'checkbox' ? null : field.name;
      // Blank fields stay out of the URL (`from=&to=&sort=` says nothing): a disabled field
      // is not submitted, and the form data is read during requestSubmit.
      const blank = [...form.elements].filter(
        (el): el is HTMLInputElement | HTMLSelectElement =>
          (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) &&
          !!el.name &&
          el.value === '' &&
          !el.disabled,
      );
      for (const el of blank) el.disabled = true;
      form.requestSubmit();
      for (const el of blank) el.disabled = false;
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, []);
  return <span ref={ref} hidden />;
}
