// A provider's widget shows its challenge in a frame from the provider's own host. A page whose Content-Security-Policy
// does not list that host in `frame-src` (or `child-src`) refuses the frame: the widget stays empty and never answers,
// and the refusal (a securitypolicyviolation event, which bubbles to the document) is the only sign of it. While a
// widget is mounted, such a refusal of its provider's frames makes the check unavailable, and says what to add.

/**
 * Calls `refused` once with why, when the page's CSP refuses a frame from a host that `frames` matches. Returns what
 * stops watching (the widget was removed, or failed otherwise).
 */
export function watchFrameRefusals(frames: RegExp, refused: (reason: string) => void): () => void {
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    // A report-only policy refuses nothing: its reports are not failures.
    if (event.disposition !== 'enforce' || !/^(?:frame|child)-src\b/.test(event.effectiveDirective)) return;
    const origin = httpsOrigin(event.blockedURI);
    if (!origin || !frames.test(new URL(origin).hostname)) return;
    stop();
    refused(`the page's Content-Security-Policy (${event.effectiveDirective}) refused its frame from ${origin}: add ${origin} to frame-src (see SECURITY.md)`);
  };
  const stop = () => document.removeEventListener('securitypolicyviolation', onViolation);
  document.addEventListener('securitypolicyviolation', onViolation);
  return stop;
}

/** The https origin of a refused URL (browsers report the whole URL, or only its origin); null for anything else. */
function httpsOrigin(uri: string): string | null {
  try {
    const url = new URL(uri);
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
