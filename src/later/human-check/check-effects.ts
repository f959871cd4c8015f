// The human check's effects, for the flow's controller: it tells the machine when the person turns to the first step
// (the first ask waits for that), asks the transport which check whenever the machine starts asking, sends again once
// a send that waited for that answer may go on, mounts a provider's widget into a light-DOM child of the element and
// reports its events as actions, resets or removes it, opens Arkose's challenge on a send, reports a picture that does
// not show, and moves focus to the check when it is at fault or needed again. What the check is, and what each
// outcome means, is the machine's (src/flow/human-check.ts): nothing of it is kept here.
import { checkError, waitedSendGoesOn } from '../../flow/human-check.js';
import type { LoginAction, LoginState } from '../../flow/machine.js';
import type { CheckState } from '../../flow/state.js';
import type { HumanCheck } from '../../model.js';
import type { PasswordlessTransport } from '../../transport/transport.js';
import { answerWithin, clock, NETWORK_TIMEOUT_MS } from '../clock.js';
import { CHECK_IDS, WIDGET_SLOT } from './check-fields.js';
import type { MountedWidget, WidgetEvents } from './widgets.chunk.js';

type WidgetCheck = Extract<HumanCheck, { kind: 'widget' }>;

/** What the effects need of the element and its flow. */
export interface CheckPort {
  readonly host: HTMLElement & { readonly updateComplete: Promise<boolean> };
  state(): LoginState;
  dispatch(action: LoginAction): void;
  transport(): PasswordlessTransport;
  /** The element's language, for the provider's widget. */
  lang(): string;
  /** The form's submit: a send that waited for Arkose's answer goes on. */
  submit(): void;
  /** Loads the widgets' chunk (tests give their own providers). */
  loadWidgets?(): Promise<Pick<WidgetsChunk, 'mountWidget'>>;
}

type WidgetsChunk = typeof import('./widgets.chunk.js');

/** A provider's widget: its container in the page's light DOM, and the widget once the provider rendered it. */
interface Widget {
  check: WidgetCheck;
  container: HTMLElement;
  mounted?: MountedWidget;
}

export class HumanCheckEffects {
  readonly #port: CheckPort;
  /** The latest question to the transport: the answer to an older one is not the check any more. */
  #asked = 0;
  /** The `asking` check the latest question is for: each is asked once, whoever sees it first. */
  #askedFor?: CheckState;
  #widget?: Widget;

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
    this.#askIfAsking(this.#port.state().check);
  }

  /** The element left the page: no answer counts any more, and the widget goes. Back on the page, it asks again. */
  disconnected(): void {
    const { host } = this.#port;
    host.removeEventListener('focusin', this.#turnedTo);
    host.removeEventListener('input', this.#turnedTo);
    this.#asked++;
    this.#askedFor = undefined;
    this.#remove();
  }

  /** A focus or an input in the element: the first one on the first step asks (the machine asks once). */
  #turnedTo = (): void => this.#port.dispatch({ type: 'ask-check-once' });

  /**
   * The picture on screen did not show: the page's Content-Security-Policy refuses `data:` images, or its data is not
   * an image the browser decodes. Only the picture of the check on screen counts (not one a fresh check replaced).
   */
  pictureFailed(source: string): void {
    const { check } = this.#port.state();
    if (check?.status !== 'ready' || check.challenge?.kind !== 'picture' || check.challenge.image !== source) return;
    this.#port.dispatch({
      type: 'check-unavailable',
      developerHint:
        "its picture did not show. Does this page's Content-Security-Policy allow data: images? Add data: to img-src (see SECURITY.md). Otherwise the picture's data is not an image this browser decodes.",
    });
  }

  /** Runs what the check's new state asks for. */
  stateChanged(previous: LoginState, next: LoginState, action: LoginAction): void {
    const { check } = next;
    // The machine asks by making a fresh check that is `asking` (a designer's preview only shows one). A send that
    // waits for the question on its way marks it: the same question, not asked again.
    if (action.type === 'submit-identifier' && previous.check?.status === 'asking') this.#askedFor = check ?? undefined;
    else if (action.type !== 'preview') this.#askIfAsking(check);
    // The answer a send waited for is here: the send goes on (after this change is done; the machine decides).
    if (waitedSendGoesOn(previous, next)) queueMicrotask(() => this.#port.submit());
    if (check?.status === 'unavailable' && previous.check?.status !== 'unavailable' && check.developerHint) {
      console.warn(`<passwordless-login> the human check could not load: ${check.developerHint}`);
    }
    // A widget lives while its check is on the first step (a fresh one of the same provider reuses it).
    if (next.step !== 'identify' || check?.challenge?.kind !== 'widget' || check.status === 'unavailable') this.#remove();
    // Arkose opens its challenge on each send that waits for it (once closed, the next send opens it again); its
    // answer sends (see #events).
    if (check?.awaiting && check.status === 'ready' && action.type === 'submit-identifier') this.#widget?.mounted?.run?.();
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
    const shown = this.#port.state().check;
    if (check?.kind === 'widget' && shown?.challenge === check && shown.status === 'loading') await this.#show(check);
  }

  /** Renders the provider's widget, or resets the one on screen when the fresh check is the same provider's. */
  async #show(check: WidgetCheck): Promise<void> {
    const current = this.#widget;
    if (current?.mounted && sameWidget(current.check, check)) {
      current.mounted.reset();
      this.#port.dispatch({ type: 'check-ready' });
      return;
    }
    this.#remove();
    const container = document.createElement('div');
    container.slot = WIDGET_SLOT;
    this.#port.host.append(container);
    const widget: Widget = { check, container };
    this.#widget = widget;
    const load = this.#port.loadWidgets ?? (() => import('./widgets.chunk.js'));
    const mounting = load().then(({ mountWidget }) => mountWidget(container, check, this.#events(widget), this.#port.lang(), clock));
    // A widget that arrives after it was given up (a step change, no answer in time) goes at once.
    mounting.then((mounted) => this.#widget !== widget && mounted.remove(), () => undefined);
    try {
      const mounted = await answerWithin(mounting, NETWORK_TIMEOUT_MS);
      if (this.#widget !== widget) return;
      widget.mounted = mounted;
      this.#port.dispatch({ type: 'check-ready' });
    } catch (error) {
      if (this.#widget !== widget) return;
      const why = (error as { developerHint?: string } | null)?.developerHint ?? String(error);
      this.#port.dispatch({
        type: 'check-unavailable',
        developerHint: `the ${check.provider} widget did not load (${why}). Is its script allowed by this page's Content-Security-Policy (see SECURITY.md)?`,
      });
    }
  }

  /** What the provider's widget says, as actions; only while it is the widget on screen. */
  #events(widget: Widget): WidgetEvents {
    const current = () => this.#widget === widget;
    return {
      answered: (token) => {
        if (!current()) return;
        const waited = this.#port.state().check?.awaiting === true;
        this.#port.dispatch({ type: 'check-answered', answer: token });
        if (waited) this.#port.submit();
      },
      cleared: () => {
        if (current()) this.#port.dispatch({ type: 'check-cleared' });
      },
      failed: (reason) => {
        if (current()) this.#port.dispatch({ type: 'check-unavailable', developerHint: `the ${widget.check.provider} widget failed: ${reason}` });
      },
    };
  }

  #remove(): void {
    const widget = this.#widget;
    if (!widget) return;
    this.#widget = undefined;
    widget.mounted?.remove();
    widget.container.remove();
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

function sameWidget(a: WidgetCheck, b: WidgetCheck): boolean {
  return a.provider === b.provider && a.siteKey === b.siteKey && a.clientSubdomain === b.clientSubdomain;
}
