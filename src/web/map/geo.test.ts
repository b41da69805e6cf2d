import { describe, expect, it } from 'vitest';
import type { Area } from '../api/types';
import { areasToFit, boundsOf, formatPoint, mappableAreas, roundPoint } from './geo';

function square(id: string, west: number, south: number, active = true): Area {
  return {
    id,
    name: id,
    kind: 'square',
    unitId: null,
    active,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west + 0.01, south],
          [west + 0.01, south + 0.01],
          [west, south + 0.01],
          [west, south],
        ],
      ],
    },
  };
}

describe('map points and areas', () => {
  it('keeps a point to four decimals, about ten metres', () => {
    expect(roundPoint(59.371234567, 16.544149)).toEqual({ lat: 59.3712, lon: 16.5441 });
    expect(formatPoint({ lat: 59.37, lon: 16.5 })).toBe('59.3700, 16.5000');
  });

  it('draws areas with a shape that are in use or already chosen', () => {
    const areas = [square('a', 16, 59), square('b', 17, 59, false), square('c', 18, 59, false)];
    const noShape = { ...square('d', 0, 0), geometry: null };
    expect(mappableAreas([...areas, noShape], ['c']).map((area) => area.id)).toEqual(['a', 'c']);
  });

  it('fits to the observation’s area, else the shift’s, else all', () => {
    const areas = mappableAreas([square('a', 16, 59), square('b', 17, 59), square('c', 18, 60)], []);
    const ids = (found: { id: string }[]) => found.map((area) => area.id);
    expect(ids(areasToFit(areas, 'b', ['a', 'c']))).toEqual(['b']);
    expect(ids(areasToFit(areas, null, ['a', 'c']))).toEqual(['a', 'c']);
    expect(ids(areasToFit(areas, 'gone', []))).toEqual(['a', 'b', 'c']);
  });

  it('boxes areas and points as [[south, west], [north, east]]', () => {
    const areas = mappableAreas([square('a', 16, 59), square('b', 18, 60)], []);
    expect(boundsOf(areas)).toEqual([
      [59, 16],
      [60.01, 18.01],
    ]);
    expect(boundsOf(areas.slice(0, 1), [{ lat: 58.5, lon: 16.005 }])).toEqual([
      [58.5, 16],
      [59.01, 16.01],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});
