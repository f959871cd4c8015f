// @ts-check
// POST {basePath}/logout: ends the session in the store (every copy of its cookie dies with it) and clears every
// cookie name the handler could have set (the CSRF checks first: a forged logout is refused too).
import { clearEvery } from '../cookies.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from '../failure.js';
import { noContent } from '../http.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { endSession } from '../session.js';

export const logout = postRoute({
  event: 'logout',
  async run(call) {
    const { options, request } = call;
    try {
      await endSession(options, request);
    } catch (error) {
      onlyStoreDown(error);
      // The cookie cannot be ended where it was copied: say so, rather than pretend the person is signed out.
      return failureResponse(options, 'logout', STORE_DOWN);
    }
    log(options, { level: 'info', event: 'logout', outcome: 'ok', status: 204 });
    return noContent({}, clearEvery(options, request, ['session', 'start', 'confirm', 'form']));
  },
});
