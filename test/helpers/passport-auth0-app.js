// @ts-check
// A small Express 5 app that signs people in with passport-auth0, written the way Auth0's (passport-based) Express
// quickstart writes it: express-session, passport.initialize/session, /login → Auth0 → /callback → the profile in the
// session, /logout through Auth0's /v2/logout. For test/node/sdk-passport-auth0.test.js.
/// <reference path="./passport-modules.d.ts" />
import { createServer } from 'node:http';
import express from 'express';
import session from 'express-session';
import { Passport } from 'passport';
import Auth0Strategy from 'passport-auth0';

/**
 * Starts the app's HTTP server on a free port of localhost; `mount` then builds the app once the Auth0 domain is known
 * (the tenant needs the app's callback URL first, as in Auth0's dashboard).
 */
export async function startPassportAuth0App() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    callbackURL: `${origin}/callback`,
    /** @param {{ domain: string, clientID: string, clientSecret: string }} auth0 */
    mount(auth0) {
      server.on('request', passportAuth0App({ ...auth0, origin }));
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

/** @param {{ domain: string, clientID: string, clientSecret: string, origin: string }} options */
function passportAuth0App({ domain, clientID, clientSecret, origin }) {
  const passport = new Passport();
  passport.use(new Auth0Strategy(
    { domain, clientID, clientSecret, callbackURL: `${origin}/callback` },
    // passport-auth0 has checked the ID token's claims (iss, aud, exp, nonce) and fetched /userinfo for `profile`.
    (accessToken, refreshToken, extraParams, profile, done) => done(null, profile),
  ));
  passport.serializeUser((user, done) => done(null, user));
  passport.deserializeUser((user, done) => done(null, user));

  const app = express();
  app.use(session({ secret: 'test-only-session-secret', resave: false, saveUninitialized: true }));
  app.use(passport.initialize());
  app.use(passport.session());

  app.get('/login', passport.authenticate('auth0', { scope: 'openid email profile' }));
  app.get('/callback', (req, res, next) => {
    passport.authenticate('auth0', (err, user, info) => {
      if (err) return res.status(500).type('text').send(`Login failed: ${err.message}`);
      if (!user) return res.status(401).type('text').send(`Login refused: ${typeof info === 'string' ? info : info?.message}`);
      req.logIn(user, (loginError) => (loginError ? next(loginError) : res.redirect('/profile')));
    })(req, res, next);
  });
  app.get('/profile', (req, res) => {
    if (!req.user) return res.status(401).json({ signed_in: false });
    res.json(req.user);
  });
  app.get('/logout', (req, res, next) => {
    req.logout((err) => {
      if (err) return next(err);
      const logoutUrl = new URL(`https://${domain}/v2/logout`);
      logoutUrl.search = new URLSearchParams({ client_id: clientID, returnTo: `${origin}/` }).toString();
      res.redirect(logoutUrl.href);
    });
  });
  app.get('/', (req, res) => res.type('text').send(req.user ? 'Signed in' : 'Signed out'));
  return app;
}
