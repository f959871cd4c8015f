// Loads the human check's own chunk (check-ui.chunk.ts) once per page, for every element on it, and again after a
// failure, as the element loads the later chunk (element/later-loader.ts).
export type CheckUi = typeof import('./check-ui.chunk.js');

let loaded: CheckUi | undefined;
let loading: Promise<CheckUi> | undefined;
/** The URL of the chunk whose import failed, when the browser named it: the retry asks for it afresh. */
let failedUrl: string | undefined;

/** The chunk, if it is here (the first step renders what answers the check only then). */
export const checkUiIfLoaded = (): CheckUi | undefined => loaded;

/** The load, once one started (tests wait for it: the element renders the check once the chunk is here). */
export const checkUiLoading = (): Promise<CheckUi> | undefined => loading;

export const loadCheckUi = (): Promise<CheckUi> =>
  (loading ??= (
    // A browser may keep a failed import for the page (whatwg/html#6768): a retry asks for a fresh URL.
    failedUrl ? (import(/* @vite-ignore */ `${failedUrl}?retry=${Date.now()}`) as Promise<CheckUi>) : import('./check-ui.chunk.js')
  ).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      failedUrl ??= /\bhttps?:\/\/\S+?\.js\b/.exec(String(error))?.[0];
      throw error;
    },
  ));
