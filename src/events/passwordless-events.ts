// The element's five events, typed in GlobalEventHandlersEventMap, bubbling and composed: one file each.
export * from './passwordless-state-change.js';
export * from './passwordless-start.js';
export * from './passwordless-authenticated.js';
export * from './passwordless-error.js';
export * from './passwordless-signed-out.js';
