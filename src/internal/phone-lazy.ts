// The element's door to the phone helpers: they and libphonenumber-js load together, only for connection="sms".
// Each function here is called only with a library that loadPhoneLibrary() returned, so the helpers are there.
import type * as Phone from './phone.js';

let helpers: typeof Phone | undefined;
type PhoneLibrary = Awaited<ReturnType<typeof Phone.loadPhoneLibrary>>;

export const loadPhoneLibrary = (): Promise<PhoneLibrary> =>
  import('./phone.js').then((module) => ((helpers = module), module.loadPhoneLibrary()));

export const countryOptions: typeof Phone.countryOptions = (lib, lang) => helpers!.countryOptions(lib, lang);
export const formatAsYouType: typeof Phone.formatAsYouType = (lib, value, country) => helpers!.formatAsYouType(lib, value, country);
export const isCountry: typeof Phone.isCountry = (lib, code): code is string => helpers!.isCountry(lib, code);
