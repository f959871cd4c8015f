// What the browser bundle takes from auth0-js, from the ES module source the package ships (see vite.config.ts):
// WebAuth, and Authentication, which WebAuth is built on (so it costs nothing more), for Bot Detection's challenge
// about a given transaction state (src/transport/auth0-challenge.ts).
// @ts-expect-error -- the source has no types; the element is typed against @types/auth0-js
export { default as WebAuth } from '../../node_modules/auth0-js/src/web-auth/index.js';
// @ts-expect-error -- as above
export { default as Authentication } from '../../node_modules/auth0-js/src/authentication/index.js';
