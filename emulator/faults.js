// @ts-check
// Fault injection for tests: HTTP faults (status, body, delay, dropped connection, lost answer)
// and ID-token defects (the OpenID RP conformance checklist).

/**
 * @typedef {object} FaultSpec
 * @property {string} path exact path, or a prefix when it ends with `*`
 * @property {string} [method] default: any method except OPTIONS (so preflights keep working)
 * @property {number} [times] default 1
 * @property {number} [status]
 * @property {string|object} [body]
 * @property {Record<string, string>} [headers]
 * @property {number} [delay_ms]
 * @property {boolean} [drop] destroy the socket without answering
 * @property {boolean} [after] run the real handler first, then drop or delay the answer
 */
/** @typedef {FaultSpec & { id: string, remaining: number }} Fault */

export const TOKEN_DEFECTS = /** @type {const} */ ([
  'alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud',
  'wrong_nonce', 'missing_nonce', 'expired', 'future_iat', 'wrong_at_hash',
]);
/** @typedef {typeof TOKEN_DEFECTS[number]} TokenDefect */
// The defects that make sense for an API's JWT access token (for testing a resource server): no nonce, no at_hash.
export const ACCESS_TOKEN_DEFECTS = /** @type {const} */ ([
  'alg_none', 'hs256', 'bad_signature', 'unknown_kid', 'wrong_iss', 'wrong_aud', 'expired', 'future_iat',
]);
/** @typedef {'id' | 'access'} DefectiveToken which token a defect is for: ID tokens, or JWT access tokens for an API */

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Faults {
  constructor() {
    /** @type {Fault[]} */
    this.http = [];
    /** @type {{ defect: TokenDefect, remaining: number, token: DefectiveToken }[]} */
    this.token = [];
    this.counter = 0;
  }

  /**
   * Validates and adds an HTTP fault. Returns its id, or an error message.
   * @param {unknown} spec
   * @returns {{ id: string } | { error: string }}
   */
  add(spec) {
    if (!isObject(spec)) return { error: 'The fault must be a JSON object' };
    if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) return { error: 'path must be a string starting with "/"' };
    if (spec.method !== undefined && typeof spec.method !== 'string') return { error: 'method must be a string' };
    const times = spec.times ?? 1;
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1) return { error: 'times must be a positive integer' };
    if (spec.status !== undefined && (typeof spec.status !== 'number' || spec.status < 100 || spec.status > 599)) return { error: 'status must be an HTTP status code' };
    if (spec.delay_ms !== undefined && (typeof spec.delay_ms !== 'number' || spec.delay_ms < 0 || spec.delay_ms > 120_000)) return { error: 'delay_ms must be a number from 0 to 120000' };
    if (spec.headers !== undefined && !isObject(spec.headers)) return { error: 'headers must be an object' };
    if (spec.status === undefined && !spec.drop && spec.delay_ms === undefined) return { error: 'a fault needs status, drop or delay_ms' };
    this.counter += 1;
    const id = `fault_${this.counter}`;
    this.http.push({ ...(/** @type {FaultSpec} */ (spec)), method: spec.method?.toUpperCase(), id, remaining: times });
    return { id };
  }

  /**
   * Finds (and uses up one shot of) a fault matching a request.
   * @param {string} method @param {string} path
   */
  take(method, path) {
    const i = this.http.findIndex((f) =>
      (f.method ? f.method === method : method !== 'OPTIONS') &&
      (f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : f.path === path));
    if (i < 0) return undefined;
    const fault = this.http[i];
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.http.splice(i, 1);
    return fault;
  }

  /** @param {unknown} spec @returns {{ id: string } | { error: string }} */
  addTokenDefect(spec) {
    if (!isObject(spec) || !TOKEN_DEFECTS.includes(/** @type {TokenDefect} */ (spec.defect))) {
      return { error: `defect must be one of ${TOKEN_DEFECTS.join(', ')}` };
    }
    const token = spec.token ?? 'id';
    if (token !== 'id' && token !== 'access') return { error: 'token must be "id" or "access"' };
    const defect = /** @type {TokenDefect} */ (spec.defect);
    if (token === 'access' && !(/** @type {readonly string[]} */ (ACCESS_TOKEN_DEFECTS)).includes(defect)) {
      return { error: `an access token defect must be one of ${ACCESS_TOKEN_DEFECTS.join(', ')}` };
    }
    const times = spec.times ?? 1;
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1) return { error: 'times must be a positive integer' };
    this.token.push({ defect, remaining: times, token });
    this.counter += 1;
    return { id: `token_fault_${this.counter}` };
  }

  /**
   * @param {DefectiveToken} [token] which kind of token is being made
   * @returns {TokenDefect|undefined} the defect for the next token of that kind, if any
   */
  takeTokenDefect(token = 'id') {
    const i = this.token.findIndex((entry) => entry.token === token);
    if (i < 0) return undefined;
    const first = this.token[i];
    first.remaining -= 1;
    if (first.remaining <= 0) this.token.splice(i, 1);
    return first.defect;
  }

  clear() {
    this.http = [];
  }

  clearTokenDefects() {
    this.token = [];
  }
}
