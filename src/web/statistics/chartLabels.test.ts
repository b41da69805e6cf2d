import { describe, expect, it } from 'vitest';
import { wrapLabel } from './chartLabels';

// Every character 7 px wide: enough to reason about where lines break.
const measure = (text: string) => text.length * 7;

describe('chart labels', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Samverkan', 140, measure, 2)).toEqual(['Samverkan']);
  });

  it('breaks a long label at spaces instead of cutting it', () => {
    expect(wrapLabel('Uppsökande och relationsskapande', 140, measure, 2)).toEqual([
      'Uppsökande och',
      'relationsskapande',
    ]);
    for (const line of wrapLabel('Tecken på utnyttjande eller rekrytering', 140, measure, 3))
      expect(measure(line)).toBeLessThanOrEqual(140);
  });

  it('ends what still does not fit with an ellipsis, never wider than the room', () => {
    const lines = wrapLabel('Tecken på utnyttjande eller rekrytering', 100, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
    expect(wrapLabel('Ungdomsmottagningsverksamheten', 70, measure, 1)[0]).toMatch(/^Ungdoms.*…$/);
  });
});
