/**
 * The municipality's areas drawn on a map with no tile layer, for choosing a point. Loaded only when
 * someone opens a map (dynamic import), so Leaflet and its CSS stay out of the app's first load.
 * Nothing here reaches outside the app: no tiles, no marker images, no attribution flag.
 */
import 'leaflet/dist/leaflet.css';
import './area-map.css';
import * as L from 'leaflet';
import { type Bounds, type GeoPoint, type MappedArea, roundPoint } from './geo';

export type AreaMapOptions = {
  areas: readonly MappedArea[];
  /** Drawn stronger: the observation's own area. */
  focusAreaId: string | null;
  /** What the view starts on. */
  fit: Bounds | null;
  point: GeoPoint | null;
  /** The map's accessible name. */
  label: string;
  onTap: (point: GeoPoint) => void;
};

export type AreaMap = {
  setPoint: (point: GeoPoint | null) => void;
  setFocus: (areaId: string | null, fit: Bounds | null) => void;
  destroy: () => void;
};

const PADDING: L.PointExpression = [16, 16];

function areaStyle(focus: boolean): L.PathOptions {
  return {
    color: '#1d4f5c',
    weight: focus ? 2.5 : 1.5,
    opacity: focus ? 0.9 : 0.6,
    fillColor: '#1d4f5c',
    fillOpacity: focus ? 0.16 : 0.06,
  };
}

export function mountAreaMap(element: HTMLElement, options: AreaMapOptions): AreaMap {
  const map = L.map(element, {
    attributionControl: false,
    // Two quick taps move the point twice; they must not zoom as well.
    doubleClickZoom: false,
    // The map sits in a long form: the wheel scrolls the page, the +/− buttons zoom.
    scrollWheelZoom: false,
    zoomSnap: 0.25,
    minZoom: 3,
    maxZoom: 19,
  });
  element.setAttribute('aria-label', options.label);
  element.setAttribute('role', 'application');

  const shapes = new Map<string, L.GeoJSON>();
  for (const area of options.areas) {
    try {
      const shape = L.geoJSON(area.geometry as Parameters<typeof L.geoJSON>[0], {
        interactive: false,
        style: () => areaStyle(area.id === options.focusAreaId),
      });
      shape.bindTooltip(area.name, {
        permanent: true,
        direction: 'center',
        className: 'area-map-label',
      });
      shape.addTo(map);
      shapes.set(area.id, shape);
    } catch {
      // A shape Leaflet cannot read is left out; the other areas still orient the user.
    }
  }

  // The chosen point is drawn above the area names, so a tap on a label still shows where it is.
  const pointPane = map.createPane('area-map-point');
  pointPane.style.zIndex = '700';
  let marker: L.CircleMarker | null = null;
  function setPoint(point: GeoPoint | null) {
    if (!point) {
      marker?.remove();
      marker = null;
      return;
    }
    const at: L.LatLngTuple = [point.lat, point.lon];
    if (marker) marker.setLatLng(at);
    else
      marker = L.circleMarker(at, {
        radius: 9,
        color: '#ffffff',
        weight: 3,
        fillColor: '#a4262c',
        fillOpacity: 1,
        interactive: false,
        pane: 'area-map-point',
      }).addTo(map);
  }

  function view(fit: Bounds | null) {
    if (fit) map.fitBounds(fit, { padding: PADDING, maxZoom: 17, animate: false });
    else map.setView([62, 15], 4); // Sweden, when no area has a shape yet
  }

  view(options.fit);
  setPoint(options.point);
  map.on('click', (event: L.LeafletMouseEvent) => {
    const point = roundPoint(event.latlng.lat, event.latlng.lng);
    setPoint(point);
    options.onTap(point);
  });

  // The container may get its size only after layout (a card that just opened).
  const resize = new ResizeObserver(() => map.invalidateSize({ animate: false }));
  resize.observe(element);

  return {
    setPoint,
    setFocus(areaId, fit) {
      for (const [id, shape] of shapes) shape.setStyle(areaStyle(id === areaId));
      view(fit);
    },
    destroy() {
      resize.disconnect();
      map.remove();
    },
  };
}
