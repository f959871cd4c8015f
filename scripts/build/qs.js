// @ts-check
// qs for the auth0-js browser bundle, where auth0-js and superagent call it in four shapes only: stringify(params) for
// the /authorize, /passwordless/verify_redirect and /v2/logout URLs, stringify(options, { encode: false, delimiter:
// ',' }) for a popup's window features, superagent's stringify(body, { indices: false, strictNullHandling: true }) for
// form bodies, and parse(hash) for the callback. The original is about 6 KB gzipped of a general library (nested
// keys at any depth, charsets, sentinels, limits). test/node/build-shims.test.js runs every shape through both.
//
// The results are qs 6.17's, with two differences that Auth0's answers never meet: parse leaves a key with brackets
// as it is ("a[b]"), where qs would nest it (auth0-js reads only flat keys: access_token, state, error…), and keeps
// more than 20 repeats of a key as an array, where qs turns them into an object. Any option not listed throws, so that
// an auth0-js update that calls qs differently fails its tests instead of building URLs another way.

const OPTIONS = new Set(['encode', 'delimiter', 'indices', 'strictNullHandling']);

/** As qs encodes (RFC 3986): everything but ASCII letters, digits and -._~ as percent-encoded UTF-8. */
const encodeText = (/** @type {string} */ text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** As qs decodes: + is a space; a malformed escape leaves the text as it is. @param {string} text */
function decodeText(text) {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * @param {unknown} object
 * @param {{ encode?: boolean, delimiter?: string, indices?: boolean, strictNullHandling?: boolean }} [options]
 */
export function stringify(object, options = {}) {
  for (const name of Object.keys(options)) if (!OPTIONS.has(name)) throw new Error(`The qs stand-in (scripts/build/qs.js) does not take the option ${name}.`);
  const { encode = true, delimiter = '&', indices = true, strictNullHandling = false } = options;
  const text = encode ? encodeText : (/** @type {string} */ raw) => raw;
  /** @type {string[]} */
  const pairs = [];
  /** @param {string} key @param {unknown} value */
  const add = (key, value) => {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return;
    if (value === null) pairs.push(strictNullHandling ? text(key) : `${text(key)}=`);
    else if (value instanceof Date) pairs.push(`${text(key)}=${text(value.toISOString())}`);
    else if (Array.isArray(value)) value.forEach((item, index) => add(indices ? `${key}[${index}]` : key, item));
    else if (typeof value === 'object') for (const [name, item] of Object.entries(value)) add(`${key}[${name}]`, item);
    else pairs.push(`${text(key)}=${text(String(value))}`);
  };
  if (object !== null && typeof object === 'object') for (const [key, value] of Object.entries(object)) add(key, value);
  return pairs.join(delimiter);
}

/**
 * A query string or a fragment's parameters: repeated keys make an array; keys that name a property of every object
 * (toString, __proto__, hasOwnProperty…) are dropped, as qs drops them, so no value can shadow one.
 * @param {unknown} text
 */
export function parse(text) {
  /** @type {Record<string, string | string[]>} */
  const result = {};
  if (typeof text !== 'string') return result;
  // As qs: encoded brackets count as brackets, at most 1,000 parameters.
  for (const part of text.replace(/%5B/gi, '[').replace(/%5D/gi, ']').split('&', 1000)) {
    const bracketEquals = part.indexOf(']=');
    const at = bracketEquals === -1 ? part.indexOf('=') : bracketEquals + 1;
    const key = decodeText(at === -1 ? part : part.slice(0, at));
    const value = at === -1 ? '' : decodeText(part.slice(at + 1));
    if (!key || Object.prototype.hasOwnProperty.call(Object.prototype, key)) continue;
    const before = result[key];
    result[key] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return result;
}

export default { stringify, parse };
