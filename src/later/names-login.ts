/**
 * Whether the element names its login yet. A framework may set the properties after the element connected (React 19
 * sets those of an element it hydrates on a page rendered on the server): until then the flow picks nothing up, and
 * sends nothing anywhere.
 */
export function namesLogin(element: { endpoint: string; clientId: string; domain: string; customTransport?: unknown }): boolean {
  return !!(element.customTransport || element.endpoint || (element.domain && element.clientId));
}
