// @ts-check
// The handler under basePath: finds the route (routes/index.js), runs it, answers anything unexpected with
// 500 service_unavailable, and adds CORS headers for allowed cross-origin callers. Fetch API only.
import { corsHeaders, preflight } from './csrf.js';
import { errorResponse } from './http.js';
import { log } from './log.js';
import { clientIp } from './request.js';
import { createThrottles } from './throttle.js';
import { ROUTE_TABLE } from './routes/index.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/**
 * @typedef {object} RequestContext What the adapter knows beyond the Request.
 * @property {string} [clientIp] the socket's remote address (the Node adapter sets it)
 */
/**
 * What every route gets: the handler's options and throttles, the request, and the client's address.
 * `formChecked`: a no-script form post, already checked by routes/form.js, now run as the JSON request it stands for.
 * @typedef {{ options: ResolvedOptions, throttles: ReturnType<typeof createThrottles>, request: Request, ip: string|undefined, formChecked?: true }} Call
 */

/**
 * @param {ResolvedOptions} options
 * @returns {(request: Request, context?: RequestContext) => Promise<Response>}
 */
export function createHandler(options) {
  const throttles = createThrottles(options);
  for (const hint of options.databaseCodes?.notes ?? []) log(options, { level: 'warn', event: 'options', outcome: 'misconfigured', hint });

  /** @param {Request} request @param {RequestContext} context @returns {Promise<Response>} */
  async function dispatch(request, context) {
    const path = new URL(request.url).pathname;
    const prefix = `${options.basePath}/`;
    const route = path.startsWith(prefix) ? ROUTE_TABLE.get(path.slice(prefix.length).replace(/\/+$/, '')) : undefined;
    if (!route) return errorResponse(404, 'misconfigured');
    if (request.method === 'OPTIONS') return preflight(options, request);
    if (request.method !== route.method) return errorResponse(405, 'misconfigured', { headers: { Allow: route.method } });
    const ip = clientIp(options, request, typeof context?.clientIp === 'string' ? context.clientIp : undefined);
    return route.run({ options, throttles, request, ip });
  }

  return async (request, context = {}) => {
    let response;
    try {
      response = await dispatch(request, context);
    } catch (error) {
      log(options, { level: 'error', event: 'internal', outcome: 'service_unavailable', status: 500, hint: error instanceof Error ? error.name : 'error' });
      response = errorResponse(500, 'service_unavailable');
    }
    for (const [key, value] of Object.entries(corsHeaders(options, request))) response.headers.set(key, value);
    return response;
  };
}
