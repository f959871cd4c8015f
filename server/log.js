// @ts-check
// Allow-list logging: only these keys, only values this module builds. Identifiers and IPs appear as keyed
// hashes (crypto.js's hashValue); codes, secrets and tokens never reach the logger.

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {import('./options.js').LogEntry} LogEntry */

const KEYS = /** @type {const} */ (['level', 'event', 'outcome', 'status', 'connection', 'identifier', 'auth0Error', 'auth0Status', 'auth0RequestId', 'hint']);
const SAFE = /^[A-Za-z0-9._:/ -]{0,64}$/;

/**
 * @param {ResolvedOptions} options @param {Partial<LogEntry> & { level: LogEntry['level'], event: string }} entry
 */
export function log(options, entry) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const key of KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    if (typeof value === 'number') out[key] = value;
    else if (typeof value === 'string' && (key === 'hint' || SAFE.test(value))) out[key] = value;
  }
  try {
    options.log(/** @type {LogEntry} */ (out));
  } catch {
    // a broken logger must not break sign-in
  }
}
