// One lazily loaded chunk: imported once per page, for every element on it, and again after a failure (the later
// chunk, the human check's). Here, in the entry, so that every chunk can use it.

export interface ChunkLoader<T> {
  /** The chunk, if it is here already. */
  ifLoaded(): T | undefined;
  /** The load, once one started (tests wait for it). */
  loading(): Promise<T> | undefined;
  load(): Promise<T>;
  /** Why the last load failed (for developer hints: a 404 or a CSP block is not being offline). */
  lastFailure(): string;
}

/** `load` is the chunk's plain `import()`, which bundlers and dev servers see as it is. */
export function chunkLoader<T>(load: () => Promise<T>): ChunkLoader<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  /** The URL of our ES module chunk whose import failed, when the browser named it: the retry asks for it afresh. */
  let failedUrl: string | undefined;
  let failure = '';
  return {
    ifLoaded: () => loaded,
    loading: () => loading,
    lastFailure: () => failure,
    load: () =>
      (loading ??= (
        // A browser may keep a failed import for the page (whatwg/html#6768): a retry asks for a fresh URL. Safe, as a
        // chunk imports only modules already loaded under their own URLs, and only after a failure. The comments keep
        // bundlers off this one specifier (Turbopack fails a build on a dynamic one); they bundle load()'s as usual.
        failedUrl ? (import(/* webpackIgnore: true */ /* @vite-ignore */ failedUrl + '?retry=' + Date.now()) as Promise<T>) : load()
      ).then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined; // offline: try again next time
          failure = String(error);
          // Only where the chunks are ES modules, as this one is (its URL is the page's http one): a bundler's chunk
          // (webpack, Turbopack: `import.meta.url` is a file: URL there) is not, and its runtime retries on load().
          if (import.meta.url.startsWith('http')) failedUrl ??= /\bhttps?:\/\/\S+?\.js\b/.exec(failure)?.[0];
          throw error;
        },
      )),
  };
}
