// A complete backend-mode server on Node's own http module: the passwordless handler at /auth/passwordless,
// a page with the element, and a protected /api/me that reads the session on the server.
//
//   AUTH0_DOMAIN=example.eu.auth0.com AUTH0_CLIENT_ID=… AUTH0_CLIENT_SECRET=… \
//   SESSION_SECRET="$(openssl rand -base64 32)" BASE_URL=http://localhost:3000 node examples/node-server.js
//
// (Inside this repository, `import … from '../server/…'`; in your project, `from 'passwordless-login/server'`.)
import { createServer } from 'node:http';
import { createPasswordlessHandler, getSession } from '../server/index.js';
import { toNodeHandler, toRequest } from '../server/node.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;

const options = {
  domain: env.AUTH0_DOMAIN ?? 'http://localhost:4400',
  clientId: env.AUTH0_CLIENT_ID ?? 'demo-regular',
  clientSecret: env.AUTH0_CLIENT_SECRET ?? 'demo-regular-secret',
  sessionSecret: env.SESSION_SECRET ?? '',
  callbackUrl: `${baseUrl}/auth/passwordless/callback`,
  send: env.SEND === 'link' ? 'link' : 'code',
  loginUrl: '/',
  trustProxy: env.TRUST_PROXY === '1',
};
const passwordless = toNodeHandler(createPasswordlessHandler(options));

const page = `<!doctype html>
<html lang="en">
<meta charset="utf-8"><title>Sign in</title>
<script type="module" src="${env.ELEMENT_URL ?? 'https://cdn.jsdelivr.net/npm/passwordless-login/dist/passwordless-login.js'}"></script>
<passwordless-login endpoint="/auth/passwordless" send="${options.send}"></passwordless-login>
</html>`;

const server = createServer((req, res) => {
  passwordless(req, res, async () => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api/me') {
      // Server code reads the session (tokens included); the browser only ever gets the profile.
      const session = await getSession(toRequest(req), options);
      res.writeHead(session ? 200 : 401, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(session ? { user: session.user } : { error: 'session_expired' }));
    } else if (path === '/') {
      // frame-ancestors: no other site may frame the sign-in (clickjacking); the element refuses too.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'referrer-policy': 'no-referrer', 'content-security-policy': "frame-ancestors 'self'" });
      res.end(page);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
});

server.listen(port, 'localhost', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Listening on http://localhost:${actual}`);
});
