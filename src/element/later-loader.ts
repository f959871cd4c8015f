// Loads the later chunk (src/later/) once per page, for every element on it, and again after a failure.
export type Later = typeof import('../later/later.js');

let loaded: Later | undefined;
let loading: Promise<Later> | undefined;
/** The URL of the chunk whose import failed, when the browser named it: the retry asks for it afresh. */
let failedUrl: string | undefined;
/** Why the last load failed (for the developer hint: a 404 or a CSP block is not being offline). */
let failure = '';

/** The later chunk, if it is here already (a second element on the page renders with it at once). */
export const laterIfLoaded = (): Later | undefined => loaded;

export const lastLoadFailure = (): string => failure;

export const loadLater = (): Promise<Later> =>
  (loading ??= (
    // A browser may keep a failed import for the page (whatwg/html#6768): a retry asks for a fresh URL. Safe, as the
    // chunk imports only modules already loaded under their own URLs, and only after a failure (dev servers and
    // bundlers see the plain import).
    failedUrl ? (import(/* @vite-ignore */ `${failedUrl}?retry=${Date.now()}`) as Promise<Later>) : import('../later/later.js')
  ).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // offline: try again next time
      failure = String(error);
      failedUrl ??= /\bhttps?:\/\/\S+?\.js\b/.exec(failure)?.[0];
      throw error;
    },
  ));
