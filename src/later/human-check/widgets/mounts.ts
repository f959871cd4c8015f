// How each kind of provider API is rendered into a box of the page and wired to the flow's events: the
// reCAPTCHA-shaped ones (Turnstile, reCAPTCHA, hCaptcha), Friendly Captcha's WidgetInstance, Arkose's enforcement.
// An error a provider reports gets a fresh challenge, up to MAX_RETRIES times in a row, as auth0-js does; then the
// check counts as failed.
import type { WidgetEvents } from '../widgets.chunk.js';
import type { Clock } from '../../clock.js';
import { WIDGET_LOAD_TIMEOUT_MS, within } from './load-script.js';
import { friendlyLanguage, type ArkoseEnforcement, type FriendlyApi, type Params, type RenderApi } from './providers.js';

export const MAX_RETRIES = 3;

/** What a mount hands back; the chunk adds the box's removal and stops events after `remove`. */
export interface Mounted {
  reset(): void;
  remove(): void;
  run?(): void;
}

export interface MountContext {
  box: HTMLElement;
  siteKey: string;
  lang: string;
  events: WidgetEvents;
  provider: string;
  clock: Clock;
}

/** Calls `failed` once errors outnumber the retries; else `retry()` gets a fresh challenge. */
function errorBudget({ events, provider }: MountContext, retry: () => void) {
  let errors = 0;
  return {
    error(code: unknown) {
      events.cleared();
      errors += 1;
      if (errors > MAX_RETRIES) events.failed(`${provider} reported an error ${MAX_RETRIES + 1} times in a row (${String(code ?? 'no code')})`);
      else retry();
    },
    solved: () => (errors = 0),
  };
}

export function mountRendered(api: RenderApi, context: MountContext, params: Params): Mounted {
  const { box, siteKey, events } = context;
  // The callbacks need the widget's id, which render() returns.
  const widget: { id?: string | number } = {};
  const reset = () => api.reset(widget.id);
  const budget = errorBudget(context, reset);
  widget.id = api.render(box, {
    sitekey: siteKey,
    callback: (token: unknown) => {
      budget.solved();
      if (typeof token === 'string' && token) events.answered(token);
    },
    'expired-callback': () => events.cleared(),
    // Turnstile: an interactive challenge left unsolved too long.
    'timeout-callback': () => (events.cleared(), reset()),
    // Returning true tells Turnstile the error is handled.
    'error-callback': (code: unknown) => (budget.error(code), true),
    ...params,
  });
  return { reset, remove: () => api.remove?.(widget.id) };
}

export function mountFriendly(api: FriendlyApi, context: MountContext, dark: boolean): Mounted {
  const { box, siteKey, lang, events } = context;
  // Its stylesheet targets .frc-captcha (and .dark); the class is set after its script ran, so that its automatic
  // setup of .frc-captcha elements never sees this one.
  box.classList.add('frc-captcha');
  if (dark) box.classList.add('dark');
  let widget: { reset(): void; destroy(): void } | undefined;
  const budget = errorBudget(context, () => undefined); // its own "retry" button starts again
  widget = new api.WidgetInstance(box, {
    sitekey: siteKey,
    language: friendlyLanguage(lang),
    startMode: 'auto',
    solutionFieldName: '-', // no hidden input: the token goes to the flow
    doneCallback: (solution: unknown) => {
      budget.solved();
      if (typeof solution === 'string' && solution) events.answered(solution);
    },
    errorCallback: (error: { code?: unknown } | undefined) => budget.error(error?.code),
  });
  return {
    reset: () => widget?.reset(),
    remove: () => (widget?.destroy(), (widget = undefined)),
  };
}

/** Arkose enforcements that said they were ready once: a later mount on the same one does not wait again. */
const readyOnce = new WeakSet<ArkoseEnforcement>();

/** Arkose opens its challenge only when asked (`run`), and is ready once it says so (`onReady`). */
export async function mountArkose(enforcement: ArkoseEnforcement, context: MountContext): Promise<Mounted> {
  const { events, lang, clock } = context;
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  if (readyOnce.has(enforcement)) ready();
  const budget = errorBudget(context, () => {
    enforcement.reset();
    // As auth0-js: give the reset a moment before opening the challenge again.
    const stop = clock.every(500, () => (stop(), enforcement.run()));
  });
  enforcement.setConfig({
    language: lang,
    onReady: () => (readyOnce.add(enforcement), ready()),
    onCompleted: (response: { token?: unknown } | undefined) => {
      budget.solved();
      if (typeof response?.token === 'string' && response.token) events.answered(response.token);
    },
    onError: (response: { error?: { error?: unknown } } | undefined) => budget.error(response?.error?.error),
    onFailed: () => events.cleared(),
  });
  await within(isReady, WIDGET_LOAD_TIMEOUT_MS, `arkose did not get ready within ${WIDGET_LOAD_TIMEOUT_MS / 1000} s`, clock);
  return {
    reset: () => enforcement.reset(),
    // Arkose has no removal: a reset closes a challenge left open, and the chunk stops its events.
    remove: () => enforcement.reset(),
    run: () => enforcement.run(),
  };
}
