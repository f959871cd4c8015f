// Next.js 16 calls its middleware "proxy": the SDK mounts /auth/login, /auth/callback, /auth/logout, /auth/profile
// and /auth/access-token here, and rolls the session on every other request.
import { auth0 } from './lib/auth0.js';

/** @param {Request} request */
export async function proxy(request) {
  return await auth0.middleware(request);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|sitemap.xml|robots.txt).*)'],
};
