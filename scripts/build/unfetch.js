// unfetch for the auth0-js browser bundle: idtoken-verifier picks `fetch == 'undefined' ? unfetch : fetch`, which is
// always the browser's own fetch, so the fallback is never called. This one forwards to fetch all the same.
/** @param {Parameters<typeof fetch>} args */
export default (...args) => fetch(...args);
