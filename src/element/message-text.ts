// How the entry renders a message. Once the later chunk is here, bidi-text.ts renders its isolated runs (addresses,
// numbers, examples) as <bdi> elements; before that, the text as it is: browsers honour the isolate characters in it.
import { laterIfLoaded } from './later-loader.js';

export const messageText = (message: string | undefined): unknown => laterIfLoaded()?.bidiText(message) ?? message;
