/** How wide a text is in pixels, in the chart's font. */
export type Measure = (text: string) => number;

/**
 * A label broken at spaces into lines no wider than `width`, at most `maxLines`; what still does
 * not fit ends in "…" (the full text is in the chart's tooltip and in the table view).
 */
export function wrapLabel(label: string, width: number, measure: Measure, maxLines: number): string[] {
  const words = label.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length === 0) return [''];
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  const last = kept.length - 1;
  const lastLine = cut ? `${kept[last]} ${lines.slice(maxLines).join(' ')}` : (kept[last] ?? '');
  kept[last] = fitWithEllipsis(lastLine, width, measure);
  return kept.map((text, i) => (i === last ? text : fitWithEllipsis(text, width, measure)));
}

/** The text as it is when it fits, else cut at the end with "…" so that it does. */
function fitWithEllipsis(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const characters = [...text];
  let keep = characters.length - 1;
  while (keep > 1 && measure(`${characters.slice(0, keep).join('').trimEnd()}…`) > width) keep--;
  return `${characters.slice(0, keep).join('').trimEnd()}…`;
}

/** Measures texts with a canvas in the given CSS font ("13px system-ui"); falls back to an estimate. */
export function canvasMeasure(font: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7.5;
  context.font = font;
  return (text) => context.measureText(text).width;
}
