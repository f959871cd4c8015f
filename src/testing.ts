// For integrators' own tests and offline demos: a transport with programmable outcomes.
export { FakeTransport, type FakeTransportOptions } from './auth/fake-transport.js';
