// @ts-check
/* global standInPage, standInContainer, standInCheckbox, standInRegistry, standInToken, standInOnload */
// Stand-in for hCaptcha's api.js (js.hcaptcha.com/1/api.js?onload=cb&render=explicit): hcaptcha.render / reset /
// remove / getResponse. With the documented test site key a click gives the documented test token; with any other key
// a token issued by the emulator (good once).
(() => {
  const TEST_SITE_KEY = '10000000-ffff-ffff-ffff-000000000001';
  const TEST_TOKEN = '10000000-aaaa-bbbb-cccc-000000000001';
  const widgets = standInRegistry();
  standInPage.hcaptcha = {
    /** @param {unknown} container @param {Record<string, any>} params */
    render(container, params) {
      const sitekey = String(params.sitekey ?? '');
      const w = standInCheckbox(standInContainer(container), {
        name: 'hCaptcha', params, lifetimeMs: 120_000,
        answer: () => (sitekey === TEST_SITE_KEY ? Promise.resolve(TEST_TOKEN) : standInToken('hcaptcha', sitekey)),
      });
      return widgets.add(w);
    },
    ...widgets.calls,
  };
  standInOnload();
})();
