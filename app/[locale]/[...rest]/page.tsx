import { notFound } from 'next/navigation';

// Any address no page answers, in either language: 404 with [locale]/not-found.tsx, inside
// the site's layout and in the address's language.
export default function CatchAll() {
  notFound();
}
