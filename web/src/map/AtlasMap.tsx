/**
 * The one component that owns the MapLibre map. The data goes in once, with the style; after
 * that, props reach the map only as global state (time, filters), feature-state (hover,
 * selection) and camera moves.
 */
import type { Event } from '@thaw/data';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CATEGORIES } from '@thaw/server/charts';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Borders } from '../api/queries';
import { buildEventFeatures } from './eventFeatures';
import { arrowheadIcon, eventIcon, ICON_PIXEL_RATIO } from './eventSymbols';
import {
  ARROWHEAD_ICON,
  eventIconName,
  INTERACTIVE_LAYERS,
  LAYER,
  type MapState,
  SOURCE,
} from './layers';
import { buildMapStyle, INITIAL_BOUNDS, MAX_BOUNDS } from './mapStyle';
import { buildPlaceLabels, type Capital, NEIGHBOUR_CAPITALS } from './placeLabels';

// Vite bundles MapLibre's worker separately; MapLibre must be told where it ended up.
maplibregl.setWorkerUrl(workerUrl);

const ICONS: Record<string, () => ImageData> = {
  [ARROWHEAD_ICON]: arrowheadIcon,
  ...Object.fromEntries(
    CATEGORIES.map((category) => [eventIconName(category), () => eventIcon(category)]),
  ),
};

export interface AtlasMapHandle {
  /** The map's canvas, whose pixels stay readable after drawing (for the PNG download). */
  canvas(): HTMLCanvasElement | null;
}

export interface AtlasMapProps {
  borders: Borders;
  capitals: readonly Capital[];
  events: readonly Event[];
  state: MapState;
  selectedEvent: Event | null;
  onSelectEvent(id: string): void;
  /** No pulsing and instant camera moves, for readers who asked their system for less motion. */
  reducedMotion: boolean;
  ref?: Ref<AtlasMapHandle>;
}

export function AtlasMap({
  borders,
  capitals,
  events,
  state,
  selectedEvent,
  onSelectEvent,
  reducedMotion,
  ref,
}: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const selectRef = useRef(onSelectEvent);
  selectRef.current = onSelectEvent;
  const labels = useMemo(() => buildPlaceLabels(borders, capitals), [borders, capitals]);
  const features = useMemo(
    () =>
      buildEventFeatures(
        events,
        new Set([...capitals, ...NEIGHBOUR_CAPITALS].map((capital) => capital.name)),
      ),
    [events, capitals],
  );
  // The style is built once, with the state of the first render; later states arrive by effects.
  const initialState = useRef(state);

  if (failure) throw failure;

  useImperativeHandle(ref, () => ({ canvas: () => mapRef.current?.getCanvas() ?? null }), []);

  // Made once: the data is in the style, and what changes later arrives by the effects below.
  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildMapStyle({ borders, labels, events: features, state: initialState.current }),
      bounds: INITIAL_BOUNDS,
      maxBounds: MAX_BOUNDS,
      renderWorldCopies: false,
      // Labels appear with the month instead of fading in: time steps settle a frame sooner.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: { compact: true, customAttribution: 'Borders: Natural Earth' },
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    mapRef.current = map;
    exposeToBenchmarks(map);
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    // The icons are drawn in the page when the map first asks for them.
    map.setMissingStyleImageResolver((id) => {
      const draw = ICONS[id];
      if (draw && !map.hasImage(id)) map.addImage(id, draw(), { pixelRatio: ICON_PIXEL_RATIO });
    });
    map.on('load', () => setLoaded(true));
    map.on('webglcontextlost', () =>
      setFailure(new Error('The map lost its drawing context (WebGL).')),
    );
    // Tests and the PNG download wait for a finished frame.
    const box = container.current;
    map.on('render', () => {
      box.dataset.idle = 'false';
    });
    map.on('idle', () => {
      box.dataset.idle = 'true';
    });

    let hovered: string | number | undefined;
    const setHover = (id: string | number | undefined) => {
      if (hovered !== undefined)
        map.setFeatureState({ source: SOURCE.events, id: hovered }, { hover: false });
      hovered = id;
      if (id !== undefined) map.setFeatureState({ source: SOURCE.events, id }, { hover: true });
      map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
    };
    const eventAt = (point: maplibregl.Point) => {
      const pad = 6;
      return map.queryRenderedFeatures(
        [
          [point.x - pad, point.y - pad],
          [point.x + pad, point.y + pad],
        ],
        { layers: INTERACTIVE_LAYERS },
      )[0];
    };
    map.on('mousemove', (event) => setHover(eventAt(event.point)?.id));
    map.on('mouseout', () => setHover(undefined));
    map.on('click', (event) => {
      const id = eventAt(event.point)?.properties.id;
      if (typeof id === 'string') selectRef.current(id);
    });
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);

  const map = loaded ? mapRef.current : null;

  useGlobalState(map, 'month', state.month);
  useGlobalState(map, 'mode', state.mode);
  useGlobalState(map, 'countries', state.countries);
  useGlobalState(map, 'categories', state.categories);

  // The ripple redraws the map every frame: only while there is something to ripple around.
  const anyUnderWay = features.features.some(
    ({ properties: event }) =>
      event.kind === 'event' &&
      event.startMonth <= state.month &&
      event.endMonth >= state.month &&
      state.countries.includes(event.country) &&
      state.categories.includes(event.category),
  );

  const selectedId = selectedEvent?.id ?? null;
  const selectedPlace = selectedEvent?.place;
  useEffect(() => {
    if (!map || selectedId === null) return;
    map.setFeatureState({ source: SOURCE.events, id: selectedId }, { selected: true });
    if (selectedPlace) {
      map.flyTo({
        center: [selectedPlace.lon, selectedPlace.lat],
        zoom: Math.max(map.getZoom(), 5),
        duration: reducedMotion ? 0 : 1200,
        essential: false,
      });
    }
    return () => {
      map.setFeatureState({ source: SOURCE.events, id: selectedId }, { selected: false });
    };
  }, [map, selectedId, selectedPlace, reducedMotion]);

  useEffect(() => {
    if (!map || reducedMotion || !anyUnderWay) return;
    // A ripple around this month's events: radius grows while the ring fades, every 1.6 s.
    let frame = requestAnimationFrame(function pulse(time) {
      const phase = (time % 1600) / 1600;
      map.setPaintProperty(LAYER.pulse, 'circle-radius', 10 + 14 * phase);
      map.setPaintProperty(LAYER.pulse, 'circle-stroke-opacity', 0.7 * (1 - phase));
      frame = requestAnimationFrame(pulse);
    });
    return () => {
      cancelAnimationFrame(frame);
      map.setPaintProperty(LAYER.pulse, 'circle-radius', 14);
      map.setPaintProperty(LAYER.pulse, 'circle-stroke-opacity', 0.5);
    };
  }, [map, reducedMotion, anyUnderWay]);

  return <div ref={container} className="atlas-map" data-testid="map" data-idle="false" />;
}

/**
 * `pnpm bench` (tests/bench/map.ts) times the map's own time steps, apart from the React around
 * it: it sets `window.__thawBench` before the page loads and then finds the map at
 * `window.__thawMap`. Nothing is exposed otherwise.
 */
function exposeToBenchmarks(map: maplibregl.Map) {
  const page = window as { __thawBench?: boolean; __thawMap?: maplibregl.Map };
  if (page.__thawBench) page.__thawMap = map;
}

/** Sets one global-state property of the style when its value changes (arrays by content). */
function useGlobalState(
  map: maplibregl.Map | null,
  name: keyof MapState,
  value: MapState[keyof MapState],
) {
  const key = JSON.stringify(value);
  // `key` stands for `value`: arrays are compared by content, not identity.
  useEffect(() => {
    if (map && JSON.stringify(map.getGlobalState()[name]) !== key) {
      map.setGlobalStateProperty(name, value);
    }
  }, [map, name, key]);
}
