// @ts-check
// The `auth0` provider's challenge: a picture of a random text, drawn by svg-captcha (each character a path, with
// noise lines), handed out as an SVG data URL like Auth0's. Only the text is chosen here, from a CSPRNG.
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';

/** @type {(text: string, options?: Record<string, unknown>) => string} */
const drawCaptcha = createRequire(import.meta.url)('svg-captcha');

// Capitals and digits without look-alikes (no 0/O/Q, 1/I, 2/Z, 5/S, 6/G, 8/B, U/V). Answers are compared
// case-insensitively, so typing them in lowercase is right too.
export const PICTURE_ALPHABET = 'ACDEFHJKLMNPRTUWXY34679';

/** 4 to 6 characters from PICTURE_ALPHABET. */
export function pictureText() {
  const length = randomInt(4, 7);
  let text = '';
  for (let i = 0; i < length; i += 1) text += PICTURE_ALPHABET[randomInt(PICTURE_ALPHABET.length)];
  return text;
}

/**
 * A new picture: its text (the answer) and the image as a data URL.
 * @returns {{ answer: string, image: string }}
 */
export function drawPicture() {
  const answer = pictureText();
  // Dark grey characters and lines (svg-captcha's `color: false`) on an opaque white ground, added here because
  // svg-captcha's own `background` turns on random, often pale, colours: the text stays readable on any theme.
  const drawn = drawCaptcha(answer, { width: 180, height: 60, noise: 3, color: false });
  const svg = drawn.replace(/^(<svg [^>]*>)/, '$1<rect width="100%" height="100%" fill="#ffffff"/>');
  return { answer, image: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}
