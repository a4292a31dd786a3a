import { NavLink as Link } from './nav-link.tsx';

const LINKS = [
  { href: '/', label: 'Overview' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/alliances', label: 'Alliances' },
  { href: '/charts/trade', label: 'Trade' },
  { href: '/charts/activity', label: 'Activity' },
  { href: '/charts/estimates', label: 'Estimates' },
  { href: '/editor', label: 'Editor' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Alliance Tracker
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
