import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Alliance Tracker
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href="/">Overview</Link>
            </li>
            <li>
              <Link href="/charts/trade">Trade chart</Link>
            </li>
            <li>
              <Link href="/charts/activity">Activity</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
