// @ts-check
/* global standInPage, standInUrl, standInContainer, standInCheckbox, standInRegistry, standInToken, standInOnload */
// Stand-in for Google reCAPTCHA v2's api.js and reCAPTCHA Enterprise's enterprise.js (www.recaptcha.net/recaptcha/):
// grecaptcha.render / reset / getResponse / ready, or the same under grecaptcha.enterprise. reCAPTCHA documents no
// test token, so a click gets a token issued by the emulator (good once), whatever the site key.
(() => {
  const enterprise = standInUrl.pathname.endsWith('/enterprise.js');
  const widgets = standInRegistry();
  const api = {
    /** @param {unknown} container @param {Record<string, any>} params */
    render(container, params) {
      const sitekey = String(params.sitekey ?? '');
      const w = standInCheckbox(standInContainer(container), {
        name: enterprise ? 'reCAPTCHA Enterprise' : 'reCAPTCHA', params, lifetimeMs: 120_000,
        answer: () => standInToken(enterprise ? 'recaptcha_enterprise' : 'recaptcha_v2', sitekey),
      });
      return Number(widgets.add(w));
    },
    ...widgets.calls,
    /** @param {() => void} fn */
    ready(fn) {
      fn();
    },
  };
  const grecaptcha = standInPage.grecaptcha ?? {};
  if (enterprise) grecaptcha.enterprise = api;
  else Object.assign(grecaptcha, api);
  standInPage.grecaptcha = grecaptcha;
  standInOnload();
})();
