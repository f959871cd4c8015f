// Next.js 16's proxy (formerly middleware): keeps signed-out visitors away from /account before it renders. Only an
// early check of the cookie, as Next.js advises: the page itself asks the server's session store (lib/session.ts).
import { NextResponse, type NextRequest } from 'next/server';

/** The session cookie's names: on plain http, and on https. */
const SESSION_COOKIES = ['passwordless_session', '__Host-passwordless'];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  return NextResponse.redirect(new URL('/account-login', request.url));
}

export const config = { matcher: ['/account/:path*'] };
