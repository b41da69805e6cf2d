import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawableText, wrapLines } from './pdf-text';

/** A stand-in for a font: every character is as wide as its position in the alphabet, at least 1. */
const width = (line: string) =>
  [...line].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) % 7) + 1, 0);

describe('wrapLines', () => {
  it('keeps every line within the width, unless a single character is wider', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, maxWidth) => {
        for (const line of wrapLines(text, width, maxWidth))
          expect(width(line) <= maxWidth || [...line].length === 1).toBe(true);
      }),
    );
  });

  it('loses no word and no character of one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, maxWidth) => {
        const strip = (s: string) => s.replace(/[ \n]/g, '');
        expect(strip(wrapLines(text, width, maxWidth).join(''))).toBe(strip(text));
      }),
    );
  });

  it('breaks at spaces and keeps the text’s own line breaks', () => {
    expect(wrapLines('ett två tre\nfyra', (s) => s.length, 7)).toEqual(['ett två', 'tre', 'fyra']);
    expect(wrapLines('abcdefghij', (s) => s.length, 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines('', (s) => s.length, 4)).toEqual(['']);
  });
});

describe('drawableText', () => {
  it('replaces what the font cannot draw, keeping line breaks', () => {
    const latin = new Set([...'abc åäö'].map((c) => c.codePointAt(0) ?? 0));
    expect(drawableText('åb\r\nc😊ł\tä', latin)).toBe('åb\nc?? ä');
  });
});
