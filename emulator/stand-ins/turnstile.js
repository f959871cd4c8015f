// @ts-check
/* global standInPage, standInUrl, standInContainer, standInCheckbox, standInRegistry, standInToken, standInOnload */
// Stand-in for Cloudflare Turnstile's api.js (challenges.cloudflare.com/turnstile/v0/api.js?render=explicit&onload=cb):
// turnstile.render / reset / remove / getResponse / ready. The documented test site keys behave as documented:
// 1x...AA and 1x...BB pass by themselves (BB invisibly), 2x...AB and 2x...BB fail (error-callback), 3x...FF waits for a
// click; their token is the dummy XXXX.DUMMY.TOKEN.XXXX. Any other site key waits for a click and gets a token issued
// by the emulator. Only explicit rendering (no automatic `.cf-turnstile` scan).
(() => {
  const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';
  const PASSES = ['1x00000000000000000000AA', '1x00000000000000000000BB'];
  const FAILS = ['2x00000000000000000000AB', '2x00000000000000000000BB'];
  const CLICK = ['3x00000000000000000000FF'];
  const INVISIBLE = ['1x00000000000000000000BB', '2x00000000000000000000BB'];
  const widgets = standInRegistry();
  standInPage.turnstile = {
    /** @param {unknown} container @param {Record<string, any>} params */
    render(container, params) {
      const sitekey = String(params.sitekey ?? '');
      const test = [...PASSES, ...FAILS, ...CLICK].includes(sitekey);
      const w = standInCheckbox(standInContainer(container), {
        name: 'Cloudflare Turnstile', params, lifetimeMs: 300_000,
        auto: PASSES.includes(sitekey), fails: FAILS.includes(sitekey),
        answer: () => (test ? Promise.resolve(DUMMY_TOKEN) : standInToken('auth0_v2', sitekey)),
      });
      // Invisible keys, and "interaction-only" when no interaction is needed, show nothing.
      if (INVISIBLE.includes(sitekey) || (params.appearance === 'interaction-only' && PASSES.includes(sitekey))) w.ui.box.style.display = 'none';
      return widgets.add(w);
    },
    ...widgets.calls,
    /** @param {unknown} [id] */
    isExpired(id) {
      return widgets.get(id)?.getResponse() === '';
    },
    /** @param {() => void} fn */
    ready(fn) {
      fn();
    },
  };
  void standInUrl;
  standInOnload();
})();
