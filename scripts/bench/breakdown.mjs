// @ts-check
// What a built chunk is made of: minified bytes per source module, read from the chunk's source map.
import { readFile } from 'node:fs/promises';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** @param {string} segment @returns {number[]} */
function decodeVlq(segment) {
  /** @type {number[]} */
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    let digit = BASE64.indexOf(char);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * @param {string} file a JS file with a .map beside it
 * @returns {Promise<{ source: string, bytes: number }[]>} largest first; "(unmapped)" for glue code
 */
export async function breakdown(file) {
  const code = await readFile(file, 'utf8');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  /** @type {Map<string, number>} */
  const bytes = new Map();
  let source = 0;
  /** @type {string[]} */ (map.mappings.split(';')).forEach((line, index) => {
    let column = 0;
    /** @type {[number, number][]} */
    const segments = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    const text = lines[index] ?? '';
    segments.forEach(([start, src], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const name = src < 0 ? '(unmapped)' : String(map.sources[src]).replace(/^(\.\.\/)+/, '');
      bytes.set(name, (bytes.get(name) ?? 0) + end - start);
    });
  });
  return [...bytes].map(([name, size]) => ({ source: name, bytes: size })).sort((a, b) => b.bytes - a.bytes);
}
