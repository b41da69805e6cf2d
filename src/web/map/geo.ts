import type { Area } from '../api/types';
import type { Observation } from '../shifts/model';

/** A place on the map in WGS 84, as the API stores it on an observation. */
export type GeoPoint = NonNullable<Observation['point']>;

/** [[south, west], [north, east]], the order Leaflet's fitBounds takes. */
export type Bounds = [[number, number], [number, number]];

/** Four decimals: about 10 m, as precise as a field note needs and no more. */
const DECIMALS = 4;
const SCALE = 10 ** DECIMALS;

export function roundPoint(lat: number, lon: number): GeoPoint {
  return { lat: Math.round(lat * SCALE) / SCALE, lon: Math.round(lon * SCALE) / SCALE };
}

/** "59.3712, 16.5441": latitude first, with a point as decimal sign in every language. */
export function formatPoint(point: GeoPoint): string {
  return `${point.lat.toFixed(DECIMALS)}, ${point.lon.toFixed(DECIMALS)}`;
}

export type MappedArea = Area & { geometry: NonNullable<Area['geometry']> };

/**
 * The areas worth drawing: those with a shape that are in use, or that this observation or shift
 * already names (a retired area stays visible where it was chosen).
 */
export function mappableAreas(areas: readonly Area[], keep: readonly string[]): MappedArea[] {
  return areas.filter(
    (area): area is MappedArea => area.geometry !== null && (area.active || keep.includes(area.id)),
  );
}

/** What to fit the view to: the observation's area, else the shift's areas, else every area. */
export function areasToFit(
  areas: readonly MappedArea[],
  observationAreaId: string | null,
  shiftAreaIds: readonly string[],
): MappedArea[] {
  const own = areas.filter((area) => area.id === observationAreaId);
  if (own.length > 0) return own;
  const shift = areas.filter((area) => shiftAreaIds.includes(area.id));
  return shift.length > 0 ? shift : [...areas];
}

/** The box around some areas and points, or null when there is nothing with a position. */
export function boundsOf(areas: readonly MappedArea[], points: readonly GeoPoint[] = []): Bounds | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const add = (lon: number, lat: number) => {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  };
  // GeoJSON positions are [lon, lat]; rings and polygons nest them to any depth here.
  const walk = (value: unknown) => {
    if (!Array.isArray(value)) return;
    const [lon, lat] = value;
    if (typeof lon === 'number' && typeof lat === 'number') add(lon, lat);
    else for (const item of value) walk(item);
  };
  for (const area of areas) walk(area.geometry.coordinates);
  for (const point of points) add(point.lon, point.lat);
  return Number.isFinite(south)
    ? [
        [south, west],
        [north, east],
      ]
    : null;
}
