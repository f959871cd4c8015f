// The element's first step as HTML, rendered on the server (passwordless-login/ssr, Lit SSR) in the layout's language.
import { renderPasswordlessLogin, type PasswordlessLoginAttributes } from 'passwordless-login/ssr';

/** The layout's <html lang>: the first step speaks it. */
const LANG = 'en';

export function renderLogin(attributes: PasswordlessLoginAttributes): Promise<string> {
  return renderPasswordlessLogin(attributes, { lang: LANG });
}
