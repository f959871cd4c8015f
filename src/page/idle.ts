// Runs work the page will need soon (e.g. fetching auth0-js) once the browser has nothing better to do.

/** Calls `run` when the browser is idle (at the latest after `timeout` ms); Safari has no requestIdleCallback. */
export function whenIdle(run: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout });
  else setTimeout(run, 200);
}
