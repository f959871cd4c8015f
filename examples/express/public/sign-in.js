// Once the element has signed the person in (a code typed here, or a magic link confirmed in this browser), show
// their account. A link opened in the browser that asked for it lands on / with the session: the server redirects.
document.addEventListener('passwordless-authenticated', () => location.assign('/account'));
