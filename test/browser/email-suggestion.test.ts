import { expect } from '@open-wc/testing';
import { suggestEmail } from '../../src/input/email-suggestion.chunk.js';

describe('suggestEmail', () => {
  for (const [typed, expected] of [
    ['alice@gmial.com', 'alice@gmail.com'],
    ['alice@gmail.con', 'alice@gmail.com'],
    ['alice@hotmial.com', 'alice@hotmail.com'],
    ['alice@yaho.com', 'alice@yahoo.com'],
    ['alice@outlok.com', 'alice@outlook.com'],
    ['alice@gmail.com', null],
    ['alice@example.com', null],
    ['alice@company.io', null],
    ['alice', null],
  ] as const) {
    it(`${typed} → ${expected}`, () => expect(suggestEmail(typed)).to.equal(expected));
  }
});
