// @ts-check
/* global document, window, HTMLElement */
/* eslint-disable no-unused-vars -- these functions are used by the provider scripts this file is served with */
// Shared by every stand-in script: the emulator serves each one as `(function () { common.js; provider.js })();`,
// so nothing here leaks into the page. Only DOM methods and textContent: no markup parsing, no eval, so the stand-ins
// run under a strict CSP with Trusted Types. Not the providers' code: only the shape of their browser APIs.

/** The page's global object, loosely typed: the stand-ins define the providers' globals on it. */
const standInPage = /** @type {Record<string, any>} */ (/** @type {unknown} */ (window));
/** This script's own tag (read now: `currentScript` is null once the script has run). */
const standInScript = /** @type {HTMLScriptElement|null} */ (document.currentScript);
const standInUrl = new URL(standInScript ? standInScript.src : window.location.href);

/**
 * The provider's container argument: an element, or (like the real APIs) a selector or an element id.
 * @param {unknown} container @returns {HTMLElement}
 */
function standInContainer(container) {
  if (container instanceof HTMLElement) return container;
  if (typeof container === 'string') {
    const found = document.getElementById(container) ?? document.querySelector(container);
    if (found instanceof HTMLElement) return found;
  }
  throw new Error('Stand-in: the container must be an element, an element id or a selector');
}

/** Calls `window[onload]()` once the API is defined, as the providers' `?onload=` does (asynchronously). */
function standInOnload() {
  const name = standInUrl.searchParams.get('onload');
  if (!name) return;
  setTimeout(() => {
    if (typeof standInPage[name] === 'function') standInPage[name]();
  }, 0);
}

/**
 * A token issued by the emulator, good once (for providers without a documented test token, or with a non-test site
 * key). The page's connect-src must allow the emulator's origin.
 * @param {string} provider Auth0's name of the provider @param {string} sitekey @returns {Promise<string>}
 */
async function standInToken(provider, sitekey) {
  const r = await fetch(`${standInUrl.origin}/__emulator/stand-ins/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ provider, sitekey }),
  });
  if (!r.ok) throw new Error(`Stand-in: the emulator issued no token (${r.status})`);
  const body = await r.json();
  return String(body.token);
}

/**
 * A small labelled box with a checkbox-like button, the whole visible widget.
 * @param {HTMLElement} parent @param {{ name: string, dark?: boolean }} o
 */
function standInBox(parent, { name, dark = false }) {
  const box = document.createElement('div');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', `Stand-in for ${name} (test)`);
  box.dataset.standIn = name;
  Object.assign(box.style, {
    display: 'inline-flex', alignItems: 'center', gap: '0.5em', padding: '0.5em 0.75em', borderRadius: '4px',
    border: '1px solid #767676', font: '14px system-ui, sans-serif',
    background: dark ? '#222222' : '#fafafa', color: dark ? '#f2f2f2' : '#1a1a1a',
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'checkbox');
  button.setAttribute('aria-checked', 'false');
  button.textContent = 'I am human';
  const label = document.createElement('span');
  label.textContent = `Stand-in for ${name} (test)`;
  box.append(button, label);
  parent.append(box);
  return {
    box,
    button,
    /** @param {'waiting'|'working'|'passed'|'failed'} state */
    show(state) {
      box.dataset.state = state;
      button.setAttribute('aria-checked', state === 'passed' ? 'true' : 'false');
      button.disabled = state === 'working' || state === 'passed';
      button.textContent = { waiting: 'I am human', working: 'Checking…', passed: 'Verified', failed: 'Failed: try again' }[state];
    },
    remove() {
      box.remove();
    },
  };
}

/**
 * One checkbox widget with the callbacks the token-style providers share (Turnstile, reCAPTCHA, hCaptcha):
 * `callback(token)`, `expired-callback()`, `error-callback(code)`.
 * @param {HTMLElement} parent
 * @param {{ name: string, params: Record<string, any>, lifetimeMs: number, answer: () => Promise<string>, auto?: boolean, fails?: boolean }} o
 */
function standInCheckbox(parent, { name, params, lifetimeMs, answer, auto = false, fails = false }) {
  const ui = standInBox(parent, { name, dark: params.theme === 'dark' });
  let response = '';
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;
  const call = (/** @type {string} */ key, /** @type {unknown[]} */ ...args) => {
    const fn = typeof params[key] === 'string' ? standInPage[params[key]] : params[key];
    if (typeof fn === 'function') fn(...args);
  };
  const solve = () => {
    ui.show('working');
    if (fails) {
      ui.show('failed');
      call('error-callback', '600010');
      return;
    }
    answer().then((token) => {
      response = token;
      ui.show('passed');
      call('callback', token);
      timer = setTimeout(() => {
        response = '';
        ui.show('waiting');
        call('expired-callback');
        if (auto) solve();
      }, lifetimeMs);
    }, () => {
      ui.show('failed');
      call('error-callback', 'network-error');
    });
  };
  ui.button.addEventListener('click', solve);
  const begin = () => {
    ui.show('waiting');
    // The "managed" widget that trusts the visitor answers by itself, a moment after it shows.
    if (auto || fails) timer = setTimeout(solve, 100);
  };
  begin();
  return {
    ui,
    getResponse: () => response,
    reset() {
      clearTimeout(timer);
      response = '';
      begin();
    },
    remove() {
      clearTimeout(timer);
      response = '';
      ui.remove();
    },
  };
}

/** Widgets by id, for the APIs that hand out ids. */
function standInRegistry() {
  /** @type {Map<string, ReturnType<typeof standInCheckbox>>} */
  const widgets = new Map();
  let next = 0;
  /** The widget of an id, or the first one when none is given (like the real APIs). @param {unknown} id */
  const find = (id) => (id === undefined ? widgets.values().next().value : widgets.get(String(id)));
  return {
    /** @param {ReturnType<typeof standInCheckbox>} w */
    add(w) {
      const id = String(next);
      next += 1;
      widgets.set(id, w);
      return id;
    },
    get: find,
    /** @param {unknown} id */
    delete(id) {
      widgets.delete(String(id));
    },
    /** The calls every provider's API has, by widget id (none: the first widget). */
    calls: {
      /** @param {unknown} [id] */
      reset(id) {
        find(id)?.reset();
      },
      /** @param {unknown} [id] */
      remove(id) {
        find(id)?.remove();
        widgets.delete(String(id));
      },
      /** @param {unknown} [id] */
      getResponse(id) {
        return find(id)?.getResponse() ?? '';
      },
    },
  };
}
