// Loads a provider's script once per page: a <script> element (never markup) whose src comes from the Trusted Types
// policy, with the page's nonce, and a unique global callback that is deleted once called. Settles on the provider's
// ready signal, and fails on the script's error event, a CSP violation for it, or no signal within the time limit
// (on the clock the caller hands over, the flow's, so tests can step past it).
import type { Clock } from '../../clock.js';
import { CALLBACK_PREFIX, trustedScriptURL } from './script-policy.js';

/**
 * Real time, for a caller that hands over no clock. (The flow's clock is not imported: it lives in the later chunk,
 * which this chunk must not import.)
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

/** How long a provider's script (and, for Arkose, its setup) may take before the check counts as unavailable. */
export const WIDGET_LOAD_TIMEOUT_MS = 15_000;

/**
 * How the script says it is ready: it calls the global named in its URL's `onload` parameter (Turnstile, reCAPTCHA,
 * hCaptcha), the one named in the script's `data-callback` attribute with its API (Arkose), or simply loads (Friendly
 * Captcha).
 */
export type ReadySignal = 'onload-parameter' | 'data-callback' | 'load-event';

type Globals = Record<string, unknown>;

const loads = new Map<string, Promise<unknown>>();

/**
 * The script at `url(callbackName)`, loaded once per `key` and page; resolves with what the ready callback received.
 * A failed load is forgotten, so that the next try inserts a fresh script.
 */
export function loadScript(key: string, url: (callbackName: string) => string, ready: ReadySignal, clock: Clock): Promise<unknown> {
  let load = loads.get(key);
  if (!load) {
    load = insertScript(url, ready, clock);
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}

/** Settles as `promise` does, or rejects with `reason` once `ms` of `clock` passed. */
export function within<T>(promise: Promise<T>, ms: number, reason: string, clock: Clock): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = clock.every(ms, () => {
      stop();
      reject(new Error(reason));
    });
    promise.then(
      (value) => (stop(), resolve(value)),
      (error: unknown) => (stop(), reject(error)),
    );
  });
}

let counter = 0;

function insertScript(url: (callbackName: string) => string, ready: ReadySignal, clock: Clock): Promise<unknown> {
  const globals = window as unknown as Globals;
  const callbackName = `${CALLBACK_PREFIX}${Date.now().toString(36)}_${(counter += 1)}`;
  const src = url(callbackName);
  const script = document.createElement('script');
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      stopTimer();
      document.removeEventListener('securitypolicyviolation', onViolation);
      outcome();
    };
    const succeed = (api: unknown) => settle(() => resolve(api));
    /** `late`: the script may still run (a time limit passed), so its callback stays a no-op that removes itself. */
    const fail = (reason: string, late = false) =>
      settle(() => {
        if (late) globals[callbackName] = () => delete globals[callbackName];
        else delete globals[callbackName];
        script.remove();
        reject(new Error(reason));
      });
    function onViolation(event: SecurityPolicyViolationEvent) {
      const ours = event.target === script || (event.blockedURI !== '' && src.startsWith(event.blockedURI));
      // A report-only policy refuses nothing: its reports are not failures.
      if (ours && event.disposition === 'enforce' && event.effectiveDirective.startsWith('script-src')) {
        fail(`the page's Content-Security-Policy (${event.effectiveDirective}) refused ${event.blockedURI}`);
      }
    }
    const stopTimer = clock.every(WIDGET_LOAD_TIMEOUT_MS, () => fail(`${src} did not load within ${WIDGET_LOAD_TIMEOUT_MS / 1000} s`, true));
    document.addEventListener('securitypolicyviolation', onViolation);

    globals[callbackName] = (api: unknown) => {
      delete globals[callbackName];
      succeed(api);
    };
    script.addEventListener('error', () => fail(`could not load ${src}`));
    if (ready === 'load-event') script.addEventListener('load', () => succeed(undefined));
    if (ready === 'data-callback') script.dataset.callback = callbackName;
    script.async = true;
    // With 'strict-dynamic' a script inserted by a trusted one runs without it; under a nonce-only policy the nonce
    // is what lets it run (Turnstile and reCAPTCHA then pass it on to the scripts they load).
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (nonce) script.nonce = nonce;
    try {
      script.src = trustedScriptURL(src);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return;
    }
    (document.head ?? document.documentElement).append(script);
  });
}
