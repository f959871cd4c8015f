// Backend mode's server side: /auth/passwordless/start, /verify, /callback, /session, /logout and the rest, all
// answered by the handler from passwordless-login/server with the Regular Web Application's secret.
import { createPasswordlessHandler } from 'passwordless-login/server';
import { passwordlessOptions } from '@/lib/passwordless';

const handler = createPasswordlessHandler(passwordlessOptions);

export const GET = (request: Request) => handler(request);
export const POST = (request: Request) => handler(request);
export const dynamic = 'force-dynamic';
