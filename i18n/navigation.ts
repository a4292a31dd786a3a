import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing.ts';

// Link, redirect and the router hooks that keep the current language in every address.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
