// The SMS first step's phone effects, for the flow controller: formatting as the person types, the picker's country
// (chosen, typed as +CC, or the language's), the countries the site texts and a number it does not text. Here in the
// phone chunk, so that an email sign-in never downloads them; the controller keeps only the calls.
import type { LoginAction } from '../../flow/machine.js';
import type { LoginState } from '../../flow/state.js';
import { isBusy } from '../../flow/selectors.js';
import type { PasswordlessMessages } from '../../i18n/messages.js';
import type { LoginError } from '../../model.js';
import type { CountryChoice } from '../../element/step-view.js';
import type { PasswordlessTransport } from '../../transport/transport.js';
import type { Country } from '../phone.chunk.js';
import { CountryPicker } from './country-picker.js';
import { flagEmojiRenders } from './flag-emoji.js';
import { defaultPhoneCountry } from './phone-country.js';
import { SmsCountries, type SmsCountriesValue } from './sms-countries.js';

type PhoneLibrary = typeof import('libphonenumber-js/min');

/** The phone chunk's helpers these effects use (passed in: they live in phone.chunk.ts, which imports this file). */
export interface PhoneHelpers {
  countryList(lib: PhoneLibrary, lang: string): Country[];
  formatAsYouType(lib: PhoneLibrary, value: string, country: string): string;
  isCountry(lib: PhoneLibrary, code: string | null | undefined): boolean;
  countryOfTyped(lib: PhoneLibrary, typed: string, current: string, allowed: readonly string[] | null): string | undefined;
  retypeForCountry(lib: PhoneLibrary, typed: string, country: string): string;
  exampleNumber(lib: PhoneLibrary, country: string): string;
}

/** What the effects need of the flow controller. */
export interface PhonePort {
  host: { readonly smsCountries?: SmsCountriesValue; requestUpdate(): void };
  state(): LoginState;
  dispatch(action: LoginAction): void;
  lang(): string;
}

export class PhoneEffects {
  readonly lib: PhoneLibrary;
  readonly helpers: PhoneHelpers;
  readonly port: PhonePort;
  readonly #picker: CountryPicker;
  readonly #countries: SmsCountries;

  constructor(lib: PhoneLibrary, helpers: PhoneHelpers, port: PhonePort) {
    this.lib = lib;
    this.helpers = helpers;
    this.port = port;
    this.#picker = new CountryPicker(() => port.host.requestUpdate());
    this.#countries = new SmsCountries((code) => helpers.isCountry(lib, code), (hint) => console.warn(`<passwordless-login> ${hint}`));
  }

  /** The country picker, and an example number in its country's format for the hint. */
  choice(m: PasswordlessMessages): CountryChoice {
    const { lib, helpers, port } = this;
    const country = this.country();
    const example = helpers.exampleNumber(lib, country);
    return {
      picker: this.#picker.render({
        countries: this.#countries.offered(helpers.countryList(lib, port.lang()), port.host.smsCountries),
        chosen: country,
        m,
        busy: isBusy(port.state()),
        flags: flagEmojiRenders(),
        choose: (code) => this.#choose(code),
      }),
      example: example ? m.phoneExample(example) : '',
    };
  }

  rendered(root: ShadowRoot | null): void {
    this.#picker.rendered(root);
  }

  /** Formats what was typed, only when the caret is at the end: a fix in the middle of the number stays where it is typed. */
  format(input: HTMLInputElement, inputType: string): void {
    if (input.selectionStart === input.value.length && inputType !== 'deleteContentBackward') input.value = this.helpers.formatAsYouType(this.lib, input.value, this.country());
  }

  /** A typed +CC moves the picker: "+44" to the United Kingdom, while "+1" keeps Canada (countryOfTyped). */
  followTyped(): void {
    const { lib, helpers, port } = this;
    const country = helpers.countryOfTyped(lib, port.state().identifier, this.country(), this.#countries.allowed(port.host.smsCountries));
    if (country) port.dispatch({ type: 'choose-country', country });
  }

  /** The picker's choice: a typed "+" number takes its calling code, a national one its format (retypeForCountry). */
  #choose(country: string): void {
    if (country === this.country()) return;
    this.port.dispatch({ type: 'choose-country', country, identifier: this.helpers.retypeForCountry(this.lib, this.port.state().identifier, country) });
  }

  /**
   * The picker's country, which national numbers are read in: the one chosen (or a typed +CC's), else the one of
   * `lang`, else of the browser, else the United States; the first the site texts when it does not text that one.
   */
  country(): string {
    const { lib, helpers, port } = this;
    const allowed = this.#countries.allowed(port.host.smsCountries);
    const usable = (code: string | null | undefined): code is string => helpers.isCountry(lib, code) && (!allowed || allowed.includes(code!));
    return [port.state().country, defaultPhoneCountry(port.lang(), navigator.language)].find(usable) ?? allowed?.[0] ?? 'US';
  }

  /** The server's list of countries it texts (backend mode), asked once per transport; the page's stands meanwhile. */
  askServer(transport: PasswordlessTransport): Promise<void> {
    return this.#countries.askServer(transport, transport.smsCountries?.bind(transport));
  }

  /** A number the site does not text (its country is not in `sms-countries`, or not in the server's `smsCountries`). */
  refusal(recipient: string): LoginError | null {
    return this.#countries.refusal(this.lib, recipient, this.port.host.smsCountries);
  }
}
