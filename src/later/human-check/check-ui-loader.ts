// Loads the human check's own chunk (check-ui.chunk.ts) once per page, for every element on it, and again after a
// failure, as the element loads the later chunk (element/chunk-loader.ts).
import { chunkLoader } from '../../element/chunk-loader.js';

export type CheckUi = typeof import('./check-ui.chunk.js');

const checkUi = chunkLoader<CheckUi>(() => import('./check-ui.chunk.js'));

/** The chunk, if it is here (the first step renders what answers the check only then). */
export const checkUiIfLoaded = checkUi.ifLoaded;

/** The load, once one started (tests wait for it: the element renders the check once the chunk is here). */
export const checkUiLoading = checkUi.loading;

export const loadCheckUi = checkUi.load;
