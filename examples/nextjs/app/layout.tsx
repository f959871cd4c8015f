import type { ReactNode } from 'react';
import Link from 'next/link';
import './globals.css';

export const metadata = { title: 'passwordless-login on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <Link href="/">Home</Link> <Link href="/login">SPA mode</Link> <Link href="/account-login">Backend mode</Link>{' '}
          <Link href="/account">Account</Link>
        </nav>
        {children}
      </body>
    </html>
  );
}
