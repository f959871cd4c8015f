// The only module with a side effect: it defines <passwordless-login>.
import { PasswordlessLogin } from './element/passwordless-login.element.js';

export { PasswordlessLogin };
export * from './index.js';

// On a server (Node, Next.js SSR) there is no registry: importing this module must not throw there.
if (typeof customElements !== 'undefined' && !customElements.get('passwordless-login')) {
  customElements.define('passwordless-login', PasswordlessLogin);
}

declare global {
  interface HTMLElementTagNameMap {
    'passwordless-login': PasswordlessLogin;
  }
}
