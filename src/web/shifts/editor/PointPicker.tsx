import { useEffect, useRef, useState } from 'preact/hooks';
import type { Area } from '../../api/types';
import { useT } from '../../i18n/i18n';
import type { AreaMap } from '../../map/area-map';
import { areasToFit, boundsOf, formatPoint, type GeoPoint, mappableAreas } from '../../map/geo';

type Props = {
  point: GeoPoint | null;
  /** The observation's area, if chosen. */
  areaId: string | null;
  /** The shift's areas, the next best thing to fit the map to. */
  shiftAreaIds: readonly string[];
  areas: readonly Area[];
  onChange: (point: GeoPoint | null) => void;
};

type MapState = 'closed' | 'loading' | 'ready' | 'failed';

/**
 * An optional point for an observation, chosen by tapping a map of the areas. Leaflet is loaded
 * only when the map opens; the service worker has the chunk, so it opens offline too.
 */
export function PointPicker({ point, areaId, shiftAreaIds, areas, onChange }: Props) {
  const { t } = useT();
  const [state, setState] = useState<MapState>('closed');
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<AreaMap | null>(null);
  // The map outlives renders; its taps must reach the newest onChange, not the one it opened with.
  const latest = useRef({ onChange, point, areaId, shiftAreaIds, areas });
  latest.current = { onChange, point, areaId, shiftAreaIds, areas };

  const open = state !== 'closed';
  const shapes = mappableAreas(areas, [...(areaId ? [areaId] : []), ...shiftAreaIds]);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    import('../../map/area-map')
      .then(({ mountAreaMap }) => {
        const element = container.current;
        if (cancelled || !element) return;
        const now = latest.current;
        const drawn = mappableAreas(now.areas, [...(now.areaId ? [now.areaId] : []), ...now.shiftAreaIds]);
        map.current = mountAreaMap(element, {
          areas: drawn,
          focusAreaId: now.areaId,
          fit: boundsOf(areasToFit(drawn, now.areaId, now.shiftAreaIds), now.point ? [now.point] : []),
          point: now.point,
          label: t('shifts.editor.map.label'),
          onTap: (tapped) => latest.current.onChange(tapped),
        });
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      map.current?.destroy();
      map.current = null;
    };
  }, [open]);

  // The form is the truth: "Ta bort plats", or a point from elsewhere, shows on the map too.
  useEffect(() => {
    map.current?.setPoint(point);
  }, [point?.lat, point?.lon, state]);

  // Another area chosen for the observation while the map is open: show that one.
  useEffect(() => {
    map.current?.setFocus(areaId, boundsOf(areasToFit(shapes, areaId, shiftAreaIds), point ? [point] : []));
  }, [areaId]);

  if (shapes.length === 0 && !point) return null;

  return (
    <div class="point-picker">
      {open && (
        <>
          <div ref={container} class="point-map area-map" />
          <p class="field-hint" role={state === 'failed' ? 'alert' : undefined}>
            {state === 'failed'
              ? t('shifts.editor.map.failed')
              : state === 'loading'
                ? t('shifts.editor.map.loading')
                : t('shifts.editor.map.hint')}
          </p>
        </>
      )}
      <p class="point-text" aria-live="polite">
        {point
          ? t('shifts.editor.map.chosen', { point: formatPoint(point) })
          : open && t('shifts.editor.map.none')}
      </p>
      <div class="point-actions">
        {shapes.length > 0 && (
          <button
            type="button"
            class="button button-small"
            aria-expanded={open}
            onClick={() => setState(open ? 'closed' : 'loading')}
          >
            {open
              ? t('shifts.editor.map.close')
              : point
                ? t('shifts.editor.map.change')
                : t('shifts.editor.map.open')}
          </button>
        )}
        {point && (
          <button type="button" class="button button-small button-quiet" onClick={() => onChange(null)}>
            {t('shifts.editor.map.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
