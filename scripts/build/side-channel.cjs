// @ts-check
// A drop-in for the `side-channel` package in the browser bundle of auth0-js (its `qs` uses it): the same
// assert/delete/get/has/set API over a WeakMap (objects) and a Map (anything else). The original reaches these
// through get-intrinsic and object-inspect, about 7 KB gzipped that a browser with WeakMap never needs.
/** @typedef {unknown} Key */

module.exports = function getSideChannel() {
  /** @type {WeakMap<object, unknown>} */
  const weak = new WeakMap();
  /** @type {Map<Key, unknown>} */
  const other = new Map();
  /** @param {Key} key @returns {Map<Key, unknown>} */
  const store = (key) =>
    /** @type {Map<Key, unknown>} */ ((key !== null && typeof key === 'object') || typeof key === 'function' ? weak : other);
  const channel = {
    /** @param {Key} key */
    assert(key) {
      if (!channel.has(key)) throw new TypeError(`Side channel does not contain ${Object(key) === key ? 'the given object key' : String(key)}`);
    },
    /** @param {Key} key */
    delete: (key) => store(key).delete(key),
    /** @param {Key} key */
    get: (key) => store(key).get(key),
    /** @param {Key} key */
    has: (key) => store(key).has(key),
    /** @param {Key} key @param {unknown} value */
    set(key, value) {
      store(key).set(key, value);
    },
  };
  return channel;
};
