import Link from 'next/link';
import './globals.css';

// A 404 for addresses outside both languages (/fr/..., a first segment that is no locale):
// the [locale] layout refuses them before any translated page can render.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="inner">
          <h1>Not found</h1>
          <p>
            There is no page at this address. <Link href="/">Alliance Tracker</Link> ·{' '}
            <Link href="/ko" lang="ko" hrefLang="ko">
              한국어
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
