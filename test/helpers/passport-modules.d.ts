// The few declarations test/helpers/passport-auth0-app.js needs from passport 0.7, passport-auth0 1.4 and
// express-session 1.x, which ship no types (their @types packages are not dependencies of this project).
// A script, not a module (no top-level import), so that these are the modules' declarations, not augmentations.

declare module 'passport' {
  export class Passport {
    use(strategy: unknown): this;
    serializeUser(fn: (user: unknown, done: (err: Error | null, user?: unknown) => void) => void): void;
    deserializeUser(fn: (user: unknown, done: (err: Error | null, user?: unknown) => void) => void): void;
    initialize(): import('express').RequestHandler;
    session(): import('express').RequestHandler;
    authenticate(name: string, options: { scope?: string }): import('express').RequestHandler;
    authenticate(name: string, callback: (err: Error | null, user: unknown, info?: { message?: string } | string) => void): import('express').RequestHandler;
  }
}

declare module 'passport-auth0' {
  export default class Auth0Strategy {
    constructor(
      options: { domain: string; clientID: string; clientSecret: string; callbackURL: string; state?: boolean },
      verify: (accessToken: string, refreshToken: string | undefined, extraParams: Record<string, unknown>, profile: unknown, done: (err: Error | null, user?: unknown) => void) => void,
    );
  }
}

declare module 'express-session' {
  export default function session(options: { secret: string; resave: boolean; saveUninitialized: boolean }): import('express').RequestHandler;
}

// What passport adds to every request.
declare namespace Express {
  interface Request {
    user?: unknown;
    logIn(user: unknown, done: (err?: Error) => void): void;
    logout(done: (err?: Error) => void): void;
  }
}
