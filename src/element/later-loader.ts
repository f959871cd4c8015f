// Loads the later chunk (src/later/) once per page, for every element on it, and again after a failure.
import { chunkLoader } from './chunk-loader.js';

export type Later = typeof import('../later/later.js');

const later = chunkLoader<Later>(() => import('../later/later.js'));

/** The later chunk, if it is here already (a second element on the page renders with it at once). */
export const laterIfLoaded = later.ifLoaded;

export const lastLoadFailure = later.lastFailure;

export const loadLater = later.load;
