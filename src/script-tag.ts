// The script-tag bundle's entry (dist/passwordless-login.js): it defines <passwordless-login> and exports only the
// class. The library API (events, types, transition, registerMessages, ...) is the npm package's, in dist/lib/.
import { PasswordlessLogin } from './element/passwordless-login.element.js';

export { PasswordlessLogin };

if (!customElements.get('passwordless-login')) customElements.define('passwordless-login', PasswordlessLogin);
