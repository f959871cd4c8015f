// @ts-check
/* global standInPage, standInContainer, standInBox, standInToken */
// Stand-in for Friendly Captcha v1's widget script (cdn.jsdelivr.net/npm/friendly-challenge@0.9.12/widget.min.js):
// `new friendlyChallenge.WidgetInstance(element, { sitekey, language, doneCallback, errorCallback })` with start(),
// reset() and destroy(). Friendly Captcha documents no test token: a click gets one issued by the emulator (good once).
(() => {
  class WidgetInstance {
    /** @param {unknown} element @param {Record<string, any>} options */
    constructor(element, options) {
      this.options = options;
      this.ui = standInBox(standInContainer(element), { name: 'Friendly Captcha' });
      this.ui.button.addEventListener('click', () => this.start());
      this.ui.show('waiting');
    }

    start() {
      const { sitekey, doneCallback, errorCallback } = this.options;
      this.ui.show('working');
      standInToken('friendly_captcha', String(sitekey ?? '')).then((solution) => {
        this.ui.show('passed');
        if (typeof doneCallback === 'function') doneCallback(solution);
      }, () => {
        this.ui.show('failed');
        if (typeof errorCallback === 'function') errorCallback({ code: 'network_error', description: 'Stand-in: the emulator issued no token' });
      });
    }

    reset() {
      this.ui.show('waiting');
    }

    destroy() {
      this.ui.remove();
    }
  }
  standInPage.friendlyChallenge = { WidgetInstance };
})();
