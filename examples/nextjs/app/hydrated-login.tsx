'use client';
// A <passwordless-login> that the server rendered (passwordless-login/ssr, see lib/render-login.ts), taken over in the
// browser by passwordless-login/hydrate: the first step is in the page's HTML, so a person can type before any script.
// Events bubble out of the element (composed): they are heard on this wrapper, which stays when the hydrate module
// swaps in a fresh element (back from Auth0 with a callback in the URL, or a reload during a sign-in).
import { useEffect, useRef } from 'react';
import type {} from 'passwordless-login'; // its events' types (GlobalEventHandlersEventMap), and no code

type Listeners = { [name in keyof GlobalEventHandlersEventMap as name extends `passwordless-${string}` ? name : never]?: (event: GlobalEventHandlersEventMap[name]) => void };

export function HydratedLogin({ html, listeners }: { html: string; listeners: Listeners }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const latest = useRef(listeners);
  useEffect(() => {
    latest.current = listeners;
  });
  useEffect(() => {
    const div = wrapper.current!;
    const names = ['passwordless-start', 'passwordless-state-change', 'passwordless-authenticated', 'passwordless-signed-out', 'passwordless-error'] as const;
    const hear = (event: Event) => (latest.current[event.type as keyof Listeners] as ((event: Event) => void) | undefined)?.(event);
    for (const name of names) div.addEventListener(name, hear);
    void import('passwordless-login/hydrate');
    return () => {
      for (const name of names) div.removeEventListener(name, hear);
    };
  }, []);
  // On the server: the element with its first step. In the browser, React hydrates the page without setting this HTML
  // (the parser already turned the template into the element's shadow root); it sets it only when it creates the div
  // after a client-side navigation, as innerHTML, which does not parse a declarative shadow root: there the element
  // alone, which renders in the browser.
  const content = typeof window === 'undefined' ? html : elementAlone(html);
  return <div ref={wrapper} dangerouslySetInnerHTML={{ __html: content }} suppressHydrationWarning />;
}

/** `<passwordless-login …attributes></passwordless-login>` without its shadow root (attribute values have `>` escaped). */
const elementAlone = (html: string) => html.replace(/^(<passwordless-login\b[^>]*>)[\s\S]*(<\/passwordless-login>)$/, '$1$2');
