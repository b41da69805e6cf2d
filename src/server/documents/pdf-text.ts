/**
 * Text helpers for Fältlogg's PDF documents: the standard PDF fonts only know the WinAnsi characters, and
 * PDF has no line breaking of its own.
 */

/** Replaces characters the font cannot draw (emoji, most non-Latin scripts) with '?', keeping line breaks. */
export function drawableText(text: string, drawable: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    out += char === '\n' || drawable.has(code) ? char : '?';
  }
  return out;
}

/**
 * Breaks text into lines no wider than `maxWidth` as `width` measures them: at spaces where it can,
 * inside a word only when the word alone is too wide. Line breaks in the text are kept.
 */
export function wrapLines(text: string, width: (line: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of splitLongWord(word, width, maxWidth)) {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that each fit (a single character always counts as fitting). */
function splitLongWord(word: string, width: (line: string) => number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Fills a wording's `{name}` placeholders; an unknown one stays as it is, to be seen. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
