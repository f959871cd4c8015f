// @ts-check
// Hanko Elements (<hanko-auth>), for comparison: installed into .bench/hanko-elements (not a dependency of this
// project), bundled there with Vite, and served with a local stand-in for the one call it makes before it shows
// its email field: POST {api}/login, answered with the flow API's login_init state (an email input). Note that
// Elements 2.7 renders that first state 500 ms after it arrives (a setTimeout in its elements.js): its time to
// input includes that wait, on any machine.
import { bundlePackage } from './bundle-package.mjs';

export const HANKO_RANGE = '2.7.x';
const API = '/hanko-api';

const MAIN = `import { register } from '@teamhanko/hanko-elements';
register(location.origin + '${API}');
`;

/**
 * Installs (once) and bundles Hanko Elements.
 * @param {string} dir e.g. <repo>/.bench/hanko-elements
 * @returns {Promise<{ version: string, files: string[], folder: string, page: string, standIns: Record<string, { type: string, body: string }> }>}
 */
export async function prepareHanko(dir) {
  const { version, files, folder, page } = await bundlePackage({
    dir,
    name: '@teamhanko/hanko-elements',
    range: HANKO_RANGE,
    title: 'Hanko',
    body: '<hanko-auth></hanko-auth>',
    main: MAIN,
    mount: '/hanko',
  });

  // What a Hanko backend answers when a login flow starts: the login_init state, asking for an email address.
  const loginInit = {
    name: 'login_init',
    status: 200,
    csrf_token: 'bench',
    payload: {},
    actions: {
      continue_with_login_identifier: {
        action: 'continue_with_login_identifier',
        href: `${API}/login?action=continue_with_login_identifier`,
        description: 'Enter an identifier to login.',
        inputs: { email: { name: 'email', type: 'email', required: true, max_length: 120 } },
      },
    },
  };
  const standIns = { [`${API}/login`]: { type: 'application/json', body: JSON.stringify(loginInit) } };
  return { version, files, folder, page, standIns };
}
