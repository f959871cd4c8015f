// WebOTP: where the browser supports it (Chrome on Android), offer the code from an incoming SMS.
// The SMS must end with "@<host> #<code>" for the browser to match it to this page.

/** Starts listening; returns an AbortController to stop when the step changes, or undefined if unsupported. */
export function listenForSmsCode(onCode: (code: string) => void): AbortController | undefined {
  if (typeof window === 'undefined' || !('OTPCredential' in window)) return undefined;
  const controller = new AbortController();
  navigator.credentials
    .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
    .then((credential) => {
      const code = (credential as { code?: string } | null)?.code;
      if (code && !controller.signal.aborted) onCode(code);
    })
    .catch(() => undefined); // aborted, declined, or no SMS arrived
  return controller;
}
