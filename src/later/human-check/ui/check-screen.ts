// The human check on screen, for one element: adds the picture's styles, mounts a provider's widget into a light-DOM
// child of the element and reports its events as actions, resets it for a fresh check of the same provider or removes
// it, opens Arkose's challenge on a send, and reports a picture that does not show. What the check is, and what each
// outcome means, is the machine's (src/flow/human-check.ts); when to ask, and when this chunk loads, check-effects.ts's.
import type { LoginAction, LoginState } from '../../../flow/machine.js';
import type { HumanCheck } from '../../../model.js';
import type { Clock } from '../../clock.js';
import type { MountedWidget, WidgetEvents } from '../widgets.chunk.js';
import { WIDGET_SLOT } from './check-answer.js';
import { adoptCheckStyles } from './check-answer.styles.js';

type WidgetCheck = Extract<HumanCheck, { kind: 'widget' }>;
type WidgetsChunk = typeof import('../widgets.chunk.js');

/** What the screen needs of the element and its flow; the later chunk's clock and time limit are handed in. */
export interface ScreenPort {
  readonly host: HTMLElement;
  state(): LoginState;
  dispatch(action: LoginAction): void;
  /** The element's language, for the provider's widget. */
  lang(): string;
  /** The form's submit: a send that waited for Arkose's answer goes on. */
  submit(): void;
  /** Loads the widgets' chunk (tests give their own providers). */
  loadWidgets?(): Promise<Pick<WidgetsChunk, 'mountWidget'>>;
  /** The flow's clock (tests step it), which times the provider's script. */
  readonly clock: Clock;
  /** Settles as `promise` does, or rejects once the network time limit passed on `clock`. */
  within<T>(promise: Promise<T>): Promise<T>;
}

/** A provider's widget: its container in the page's light DOM, and the widget once the provider rendered it. */
interface Widget {
  check: WidgetCheck;
  container: HTMLElement;
  mounted?: MountedWidget;
}

export class CheckScreen {
  readonly #port: ScreenPort;
  #widget?: Widget;

  /** Made once the chunk is here, before the element renders the check with it: the picture's styles come first. */
  constructor(port: ScreenPort) {
    this.#port = port;
    adoptCheckStyles(port.host.shadowRoot);
  }

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

  /** What the check's new state asks of its widget. */
  stateChanged(next: LoginState, action: LoginAction): void {
    const { check } = next;
    // A widget lives while its check is on the first step (a fresh one of the same provider reuses it).
    if (next.step !== 'identify' || check?.challenge?.kind !== 'widget' || check.status === 'unavailable') this.remove();
    // Arkose opens its challenge on each send that waits for it (once closed, the next send opens it again); its
    // answer sends (see #events).
    if (check?.awaiting && check.status === 'ready' && action.type === 'submit-identifier') this.#widget?.mounted?.run?.();
  }

  /** Renders the provider's widget, or resets the one on screen when the fresh check is the same provider's. */
  async show(check: WidgetCheck): Promise<void> {
    const current = this.#widget;
    if (current?.mounted && sameWidget(current.check, check)) {
      current.mounted.reset();
      this.#port.dispatch({ type: 'check-ready' });
      return;
    }
    this.remove();
    const container = document.createElement('div');
    container.slot = WIDGET_SLOT;
    this.#port.host.append(container);
    const widget: Widget = { check, container };
    this.#widget = widget;
    const load = this.#port.loadWidgets ?? (() => import('../widgets.chunk.js'));
    const { clock } = this.#port;
    const mounting = load().then(({ mountWidget }) => mountWidget(container, check, this.#events(widget), this.#port.lang(), clock));
    // A widget that arrives after it was given up (a step change, no answer in time) goes at once.
    mounting.then((mounted) => this.#widget !== widget && mounted.remove(), () => undefined);
    try {
      const mounted = await this.#port.within(mounting);
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

  /** The widget goes, with its container (the step changed, the check is unavailable, the element left the page). */
  remove(): void {
    const widget = this.#widget;
    if (!widget) return;
    this.#widget = undefined;
    widget.mounted?.remove();
    widget.container.remove();
  }
}

function sameWidget(a: WidgetCheck, b: WidgetCheck): boolean {
  return a.provider === b.provider && a.siteKey === b.siteKey && a.clientSubdomain === b.clientSubdomain;
}
