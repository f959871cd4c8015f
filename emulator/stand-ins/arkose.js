// @ts-check
/* global document, HTMLElement, standInPage, standInScript, standInUrl, standInBox, standInToken */
// Stand-in for Arkose Labs' api.js ({sub}.arkoselabs.com/v2/{siteKey}/api.js): the script tag's `data-callback` names
// a global that receives the enforcement object: setConfig({ selector?, onReady, onShown, onCompleted, onError,
// onHide }), run(), reset(). run() shows the challenge (inline in `selector`, else as a lightbox over the page); a
// click completes it with a token issued by the emulator (good once): onCompleted({ token }).
(() => {
  // The site key is the path segment before api.js: .../v2/{siteKey}/api.js
  const parts = standInUrl.pathname.split('/');
  const siteKey = parts[parts.length - 2] ?? '';
  /** @type {Record<string, any>} */
  let config = {};
  /** @type {ReturnType<typeof standInBox>|undefined} */
  let ui;
  /** @type {HTMLElement|undefined} */
  let overlay;
  const call = (/** @type {string} */ key, /** @type {unknown} */ arg = undefined) => {
    if (typeof config[key] === 'function') config[key](arg);
  };
  const close = () => {
    ui?.remove();
    overlay?.remove();
    ui = undefined;
    overlay = undefined;
  };
  const enforcement = {
    /** @param {Record<string, any>} next */
    setConfig(next) {
      config = { ...config, ...next };
      setTimeout(() => call('onReady'), 0);
    },
    run() {
      close();
      const inline = typeof config.selector === 'string' ? document.querySelector(config.selector) : null;
      let parent = inline instanceof HTMLElement ? inline : undefined;
      if (!parent) {
        overlay = document.createElement('div');
        overlay.setAttribute('role', 'dialog');
        overlay.setAttribute('aria-modal', 'true');
        overlay.setAttribute('aria-label', 'Stand-in for Arkose Labs (test)');
        Object.assign(overlay.style, { position: 'fixed', inset: '0', display: 'grid', placeItems: 'center', background: 'rgba(0, 0, 0, 0.5)', zIndex: '2147483647' });
        document.body.append(overlay);
        parent = overlay;
      }
      const box = standInBox(parent, { name: 'Arkose Labs' });
      ui = box;
      box.show('waiting');
      box.button.addEventListener('click', () => {
        box.show('working');
        standInToken('arkose', siteKey).then((token) => {
          box.show('passed');
          close();
          call('onHide');
          call('onCompleted', { token, completed: true });
        }, () => {
          box.show('failed');
          call('onError', { error: { error: 'stand-in: the emulator issued no token' } });
        });
      });
      box.button.focus();
      call('onShown');
    },
    reset() {
      close();
      setTimeout(() => call('onReady'), 0);
    },
  };
  const name = standInScript?.dataset.callback;
  if (name && typeof standInPage[name] === 'function') standInPage[name](enforcement);
})();
