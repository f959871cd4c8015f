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
    // After a client-side navigation React set the HTML as innerHTML, which leaves the declarative shadow root an inert
    // <template>: without it, the element renders in the browser (the hydrate module leaves it be).
    div.querySelector(':scope > passwordless-login > template[shadowrootmode]')?.remove();
    void import('passwordless-login/hydrate');
    return () => {
      for (const name of names) div.removeEventListener(name, hear);
    };
  }, []);
  // The browser moved the template into the element's shadow root as it parsed the page: React need not compare the
  // HTML (it never sets it again while `html` is the same).
  return <div ref={wrapper} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
