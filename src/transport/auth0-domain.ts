// `domain` takes a bare Auth0 domain or a full origin (the emulator); auth0-js needs different options for each.

export interface Auth0Endpoint {
  /** What auth0-js gets as `domain`: a bare host (it prepends https://) or a full origin (used as is). */
  domain: string;
  /** The `iss` the ID tokens carry; auth0-js assumes https://domain/ unless told (overrides.__token_issuer). */
  issuer: string;
}

export function resolveAuth0Domain(input: string): Auth0Endpoint | null {
  const value = input.trim();
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    // A path or trailing slash would break auth0-js's cross-origin fallback (it compares origins).
    return { domain: url.origin, issuer: `${url.origin}/` };
  }
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(value)) return null;
  return { domain: value.toLowerCase(), issuer: `https://${value.toLowerCase()}/` };
}
