// Once the element has signed the person in (a code typed here, a magic link, or one confirmed in this browser), show
// their account. That is also how a magic link ends: it comes back to this page, where the element finishes it.
document.addEventListener('passwordless-authenticated', () => location.assign('/account'));
