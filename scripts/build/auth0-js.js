// What the browser bundle takes from auth0-js: WebAuth, from the ES module source the package ships (see vite.config.ts).
// @ts-expect-error -- the source has no types; the element is typed against @types/auth0-js
export { default as WebAuth } from '../../node_modules/auth0-js/src/web-auth/index.js';
