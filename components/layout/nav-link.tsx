'use client';

import type { ComponentProps } from 'react';
import { useHasBeenIdle } from '@/components/ui/when-idle.ts';
import { Link } from '@/i18n/navigation.ts';

/**
 * A header link (in the page's language) whose page is prefetched once the browser is idle,
 * not while this page hydrates: each prefetch is a render on the server, and eight of them at
 * once held back the first page (on /timeline, the chart's hydration) on a small server.
 */
export function NavLink(props: ComponentProps<typeof Link>) {
  const idle = useHasBeenIdle();
  return <Link {...props} prefetch={idle ? props.prefetch : false} />;
}
