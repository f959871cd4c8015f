// Sign-out through the handler's own route: it ends the session on the server (its record in the store) and clears
// the cookie. Like every POST to the handler, it needs JSON and the X-Passwordless-Login header (CSRF protection).
const button = /** @type {HTMLButtonElement} */ (document.getElementById('sign-out'));
const failed = /** @type {HTMLElement} */ (document.getElementById('sign-out-failed'));

button.addEventListener('click', async () => {
  button.disabled = true;
  failed.hidden = true;
  const response = await fetch('/auth/passwordless/logout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1' },
    body: '{}',
  }).catch(() => null);
  if (response?.ok) {
    location.assign('/');
  } else {
    failed.hidden = false;
    button.disabled = false;
  }
});
