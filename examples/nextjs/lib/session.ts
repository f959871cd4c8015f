// The signed-in person of backend mode, for Server Components, Server Actions and route handlers.
import { cookies, headers } from 'next/headers';
import { getSession, type Session } from 'passwordless-login/server';
import { passwordlessOptions } from './passwordless';

/** Who is signed in, or null. The cookie (from `cookies()`) names a session kept on the server, with the tokens. */
export async function currentSession(): Promise<Session | null> {
  const [incoming, jar] = await Promise.all([headers(), cookies()]);
  // The handler reads the cookie of the scheme the browser used (`__Host-passwordless` on https,
  // `passwordless_session` on plain http): build the request with the origin the browser used. Next.js sets
  // x-forwarded-proto from the connection when no proxy did.
  const origin = `${incoming.get('x-forwarded-proto') ?? 'https'}://${incoming.get('host')}`;
  return getSession(new Request(origin, { headers: { cookie: jar.toString() } }), passwordlessOptions);
}
