// @ts-check
// POST {basePath}/logout: deletes the session cookie (the CSRF checks first: a forged logout is refused too).
import { noContent } from '../http.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { clearSessionCookie } from '../session.js';

export const logout = postRoute({
  event: 'logout',
  run(call) {
    log(call.options, { level: 'info', event: 'logout', outcome: 'ok', status: 204 });
    return noContent({}, [clearSessionCookie(call.options, call.request)]);
  },
});
