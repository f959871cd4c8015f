// The human check's effects, for the flow's controller: it tells the machine when the person turns to the first step
// (the first ask waits for that), asks the transport which check whenever the machine starts asking, sends again once
// a send that waited for that answer may go on, and moves focus to the check when it is at fault or needed again.
// Once there is a check to show, it loads the check's own chunk (check-ui.chunk.ts: what answers it on screen, and
// the provider's widget), so that a sign-in without one never fetches it. What the check is, and what each outcome
// means, is the machine's (src/flow/human-check.ts): nothing of it is kept here.
import { checkError, waitedSendGoesOn } from '../../flow/human-check.js';
import type { LoginAction, LoginState } from '../../flow/machine.js';
import type { CheckState } from '../../flow/state.js';
import type { HumanCheck } from '../../model.js';
import type { PasswordlessTransport } from '../../transport/transport.js';
import { answerWithin, clock, NETWORK_TIMEOUT_MS } from '../clock.js';
import { CHECK_IDS } from './check-fields.js';
import { loadCheckUi, type CheckUi } from './check-ui-loader.js';
import type { CheckScreen, ScreenPort } from './check-ui.chunk.js';

/** What the effects need of the element and its flow. */
export interface CheckPort extends Omit<ScreenPort, 'clock' | 'within'> {
  readonly host: HTMLElement & { readonly updateComplete: Promise<boolean>; requestUpdate(): void };
  transport(): PasswordlessTransport;
  /** Loads the check's own chunk (tests make it fail). */
  loadUi?(): Promise<CheckUi>;
}

export class HumanCheckEffects {
  readonly #port: CheckPort;
  /** The latest question to the transport: the answer to an older one is not the check any more. */
  #asked = 0;
  /** The `asking` check the latest question is for: each is asked once, whoever sees it first. */
  #askedFor?: CheckState;
  /** The check's chunk with this element's screen, once it is loading (undefined again after a failed load). */
  #loading?: Promise<CheckScreen | undefined>;
  #screen?: CheckScreen;

  constructor(port: CheckPort) {
    this.#port = port;
  }

  /**
   * The flow came (back). Whether a check is needed is asked once the person turns to the first step (its first focus
   * or input), not on a page view: at once when that happened before the flow came (the focus is here, something is
   * typed, or restored). A send before any ask asks, and waits for the answer (the machine's checkHolds). (Asked here
   * too: while the element builds its flow, the flow does not hear of state changes yet.)
   */
  connected(): void {
    const { host } = this.#port;
    host.addEventListener('focusin', this.#turnedTo);
    host.addEventListener('input', this.#turnedTo);
    if (this.#port.state().identifier.trim() || host.matches(':focus-within')) this.#turnedTo();
    // A provider's widget went with the element when it left the page (disconnected): back on it (a framework moved
    // it), a fresh one is asked for, or the check would stay empty. (Nothing is asked while a send runs.)
    if (this.#port.state().check?.challenge?.kind === 'widget') this.#port.dispatch({ type: 'ask-check' });
    this.#askIfAsking(this.#port.state().check);
    this.#loadIfShown(this.#port.state().check);
  }

  /** The element left the page: no answer counts any more, and the widget goes. Back on the page, it asks again. */
  disconnected(): void {
    const { host } = this.#port;
    host.removeEventListener('focusin', this.#turnedTo);
    host.removeEventListener('input', this.#turnedTo);
    this.#asked++;
    this.#askedFor = undefined;
    this.#screen?.remove();
  }

  /** A focus or an input in the element: the first one on the first step asks (the machine asks once). */
  #turnedTo = (): void => this.#port.dispatch({ type: 'ask-check-once' });

  /** The picture on screen did not show (it is rendered by the check's chunk, so the chunk is here). */
  pictureFailed(source: string): void {
    this.#screen?.pictureFailed(source);
  }

  /** Runs what the check's new state asks for. */
  stateChanged(previous: LoginState, next: LoginState, action: LoginAction): void {
    const { check } = next;
    // The machine asks by making a fresh check that is `asking` (a designer's preview only shows one). A send that
    // waits for the question on its way marks it: the same question, not asked again.
    if (action.type === 'submit-identifier' && previous.check?.status === 'asking') this.#askedFor = check ?? undefined;
    else if (action.type !== 'preview') this.#askIfAsking(check);
    this.#loadIfShown(check);
    // The answer a send waited for is here: the send goes on (after this change is done; the machine decides).
    if (waitedSendGoesOn(previous, next)) queueMicrotask(() => this.#port.submit());
    if (check?.status === 'unavailable' && previous.check?.status !== 'unavailable' && check.developerHint) {
      console.warn(`<passwordless-login> the human check could not load: ${check.developerHint}`);
    }
    // Its widget goes, or opens (Arkose, on a send). Without the chunk, there is no widget.
    this.#screen?.stateChanged(next, action);
    // The check is at fault, or a fresh one comes before sending again (instead of a resend): focus goes to it.
    const notice = next.checkAgain && !previous.checkAgain;
    if ((notice || (next.error !== previous.error && checkError(next.error))) && next.step === 'identify') void this.#focusCheck();
  }

  #askIfAsking(check: CheckState | null | undefined): void {
    if (check?.status !== 'asking' || check === this.#askedFor) return;
    this.#askedFor = check;
    void this.#ask();
  }

  async #ask(): Promise<void> {
    const asked = ++this.#asked;
    let check: HumanCheck | null;
    try {
      check = await answerWithin(Promise.resolve(this.#port.transport().humanCheck?.() ?? null), NETWORK_TIMEOUT_MS);
    } catch (error) {
      if (asked !== this.#asked) return;
      // The transport named a check it cannot show (`misconfigured`): unavailable. Not reached in time, or offline: as
      // if none were needed (the machine knows better when the server has just asked for one), and the send says.
      const { code, developerHint } = (error ?? {}) as { code?: string; developerHint?: string };
      if (code === 'misconfigured') this.#port.dispatch({ type: 'check-unavailable', developerHint: developerHint ?? 'The transport cannot show the check.' });
      else this.#port.dispatch({ type: 'check-arrived', check: null });
      return;
    }
    if (asked !== this.#asked) return;
    this.#port.dispatch({ type: 'check-arrived', check });
    if (check?.kind !== 'widget') return;
    const screen = await this.#loadIfShown(this.#port.state().check);
    const shown = this.#port.state().check;
    if (screen && asked === this.#asked && shown?.challenge === check && shown.status === 'loading') await screen.show(check);
  }

  /**
   * Loads the check's chunk once there is a check to show: one arrived, a preview shows one, or a fresh one is asked
   * for after another (whose place shows "loading" meanwhile); then the element renders it. Not while the check is
   * unavailable: "Try again" asks again, and loads it again. A chunk that does not load makes the check unavailable.
   */
  #loadIfShown(check: CheckState | null | undefined): Promise<CheckScreen | undefined> | undefined {
    if (this.#loading || !check?.challenge || check.status === 'unavailable') return this.#loading;
    const port: ScreenPort = { ...this.#port, clock, within: (promise) => answerWithin(promise, NETWORK_TIMEOUT_MS) };
    this.#loading = answerWithin((this.#port.loadUi ?? loadCheckUi)(), NETWORK_TIMEOUT_MS).then(
      (ui) => {
        this.#screen = new ui.CheckScreen(port);
        this.#port.host.requestUpdate();
        // A send refused for the check before it showed: the focus goes to it now.
        if (checkError(this.#port.state().error)) void this.#focusCheck();
        return this.#screen;
      },
      (error: unknown) => {
        this.#loading = undefined;
        const why = (error as { developerHint?: string } | null)?.developerHint ?? String(error);
        this.#port.dispatch({
          type: 'check-unavailable',
          developerHint: `its part of the element did not load (${why}). Is the chunks/ folder served beside passwordless-login.js, and allowed by this page's Content-Security-Policy (script-src)?`,
        });
        return undefined;
      },
    );
    return this.#loading;
  }

  /**
   * The check is at fault (no answer, a wrong one), or a fresh one is needed: focus goes to where it is answered, the
   * picture's field (cleared, a fresh picture coming), else "Try again", else the fieldset, which names the check and
   * the error line. Only while the focus was in the element, or nowhere.
   */
  async #focusCheck(): Promise<void> {
    const { host } = this.#port;
    await host.updateComplete;
    if (!(host.matches(':focus-within') || document.activeElement === document.body)) return;
    const root = host.shadowRoot;
    const target = [CHECK_IDS.answer, CHECK_IDS.retry, CHECK_IDS.fieldset].map((id) => root?.getElementById(id)).find((element) => element);
    target?.focus();
  }
}
