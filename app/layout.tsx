import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header.tsx';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Alliance Tracker', template: '%s · Alliance Tracker' },
  description: 'Dated, sourced events on how states and alliances line up, with trade trends.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="inner">
          {children}
        </main>
        <footer className="site-footer">
          <div className="inner">
            Every event carries its sources; reliability uses the NATO Admiralty scale (A–F, 1–6).
          </div>
        </footer>
      </body>
    </html>
  );
}
