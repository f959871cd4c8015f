// Shows each passwordless-* event as a line of text; tokens are shortened so the demo never displays one whole.
const EVENTS = ['passwordless-state-change', 'passwordless-start', 'passwordless-authenticated', 'passwordless-error', 'passwordless-signed-out'] as const;

function redact(key: string, value: unknown): unknown {
  return typeof value === 'string' && /token/i.test(key) && value.length > 16 ? `${value.slice(0, 10)}…` : value;
}

export function logEvents(target: EventTarget, list: HTMLOListElement): void {
  for (const name of EVENTS) {
    target.addEventListener(name, (event) => {
      const item = document.createElement('li');
      const time = new Date().toLocaleTimeString();
      item.textContent = `${time} ${name} ${JSON.stringify((event as CustomEvent).detail, redact)}`;
      list.prepend(item);
    });
  }
}
