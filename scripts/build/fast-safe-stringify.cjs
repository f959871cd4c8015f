// @ts-check
// fast-safe-stringify for the auth0-js browser bundle: superagent serialises JSON request bodies with it. auth0-js
// only ever sends plain, acyclic objects, for which it returns exactly what JSON.stringify does.
/** @param {unknown} value @param {Parameters<typeof JSON.stringify>[1]} [replacer] @param {string | number} [space] */
module.exports = (value, replacer, space) => JSON.stringify(value, /** @type {any} */ (replacer), space);
