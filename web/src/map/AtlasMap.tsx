/**
 * The one component that owns the MapLibre map. The borders go in once, with the style, and the
 * events once, into the WebGL layer that draws them; after that, props reach the map only as that
 * layer's uniforms (time, filters, hover, selection), the global state `countries`, the labels of
 * this month's places and camera moves.
 */
import type { Event } from '@thaw/data/schema';
import type { Capital } from '@thaw/data/states';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Borders } from '../api/queries';
import { STATES } from '../style/states';
import { buildEventGeometry, placeLabelFeatures, placesShown } from './eventGeometry';
import { EventLayer } from './eventLayer';
import { iconAtlas, RING_RADIUS } from './eventSymbols';
import { LAYER, SOURCE } from './layers';
import { buildMapStyle, INITIAL_BOUNDS, MAX_BOUNDS, MAX_ZOOM } from './mapStyle';
import { buildPlaceLabels } from './placeLabels';
import { type EventView, phaseAt } from './visibility';

// Vite bundles MapLibre's worker separately; MapLibre must be told where it ended up. Its workers
// start loading with this module, while the page's data is still on its way.
maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

export interface AtlasMapHandle {
  /** The map's canvas, whose pixels stay readable after drawing (for the PNG download). */
  canvas(): HTMLCanvasElement | null;
}

export interface AtlasMapProps {
  borders: Borders;
  /** One per state (`capitalsOf`). */
  capitals: readonly Capital[];
  events: readonly Event[];
  state: EventView;
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
  const layerRef = useRef<EventLayer | null>(null);
  const showRef = useRef<((view: EventView) => void) | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const selectRef = useRef(onSelectEvent);
  selectRef.current = onSelectEvent;
  const labels = useMemo(() => buildPlaceLabels(borders, capitals, STATES), [borders, capitals]);
  const geometry = useMemo(
    () => buildEventGeometry(events, new Set(capitals.map((capital) => capital.name))),
    [events, capitals],
  );
  // A new map starts from the state of its render; later states arrive by the effects below.
  const latestState = useRef(state);
  latestState.current = state;

  if (failure) throw failure;

  useImperativeHandle(ref, () => ({ canvas: () => mapRef.current?.getCanvas() ?? null }), []);

  // Made once per dataset (the data is in the style and in the layer's buffers); what changes later
  // arrives by the effects below, which wait for the new map's load.
  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildMapStyle({
        borders,
        labels,
        places: placeLabelFeatures(geometry),
        countries: latestState.current.countries,
      }),
      bounds: INITIAL_BOUNDS,
      maxBounds: MAX_BOUNDS,
      maxZoom: MAX_ZOOM,
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
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const layer = new EventLayer(LAYER.events, geometry, iconAtlas(), latestState.current);
    layerRef.current = layer;

    // A month or a selection shown, all in the next frame: the layer's uniforms, the feature-state
    // of the places whose label appears or goes, the countries' global state when it changes.
    let shown = latestState.current;
    let named = new Set<string>();
    const show = (view: EventView) => {
      shown = view;
      layer.setView(view);
      const places = placesShown(geometry, view);
      for (const place of new Set([...named, ...places])) {
        if (named.has(place) !== places.has(place)) {
          map.setFeatureState({ source: SOURCE.places, id: place }, { shown: places.has(place) });
        }
      }
      named = places;
      if (JSON.stringify(map.getGlobalState().countries) !== JSON.stringify(view.countries)) {
        map.setGlobalStateProperty('countries', view.countries);
      }
    };
    map.on('load', () => {
      map.addLayer(layer, LAYER.capitalDots);
      showRef.current = show;
      exposeToBenchmarks({ map, show, shown: () => shown });
      setLoaded(true);
    });
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

    let hovered: string | null = null;
    const setHover = (id: string | null) => {
      if (id === hovered) return;
      hovered = id;
      layer.setHovered(id);
      map.getCanvas().style.cursor = id === null ? '' : 'pointer';
    };
    map.on('mousemove', (event) => setHover(layer.eventAt(event.point)?.id ?? null));
    map.on('mouseout', () => setHover(null));
    map.on('click', (event) => {
      const picked = layer.eventAt(event.point);
      if (picked) selectRef.current(picked.id);
    });
    return () => {
      mapRef.current = null;
      layerRef.current = null;
      showRef.current = null;
      setLoaded(false);
      map.remove();
    };
  }, [borders, labels, geometry]);

  const map = loaded ? mapRef.current : null;
  const layer = loaded ? layerRef.current : null;
  const { month, mode } = state;
  // Arrays by content, not identity: the same selection must not cost a repaint.
  const countriesKey = state.countries.join();
  const categoriesKey = state.categories.join();
  const view = useMemo<EventView>(
    () => ({
      month,
      mode,
      countries: countriesKey.split(',').filter(Boolean),
      categories: categoriesKey.split(',').filter(Boolean),
    }),
    [month, mode, countriesKey, categoriesKey],
  );

  useEffect(() => {
    if (loaded) showRef.current?.(view);
  }, [loaded, view]);

  // The ripple redraws the map every frame: only while there is something to ripple around.
  const anyUnderWay = useMemo(
    () => geometry.events.some((event) => phaseAt(event, view) === 'current'),
    [geometry, view],
  );

  const selectedId = selectedEvent?.id ?? null;
  const selectedPlace = selectedEvent?.place;
  useEffect(() => {
    if (!map || !layer || selectedId === null) return;
    layer.setSelected(selectedId);
    if (selectedPlace) {
      map.flyTo({
        center: [selectedPlace.lon, selectedPlace.lat],
        zoom: Math.max(map.getZoom(), 5),
        duration: reducedMotion ? 0 : 1200,
        essential: false,
      });
    }
    return () => layer.setSelected(null);
  }, [map, layer, selectedId, selectedPlace, reducedMotion]);

  useEffect(() => {
    if (!layer || reducedMotion || !anyUnderWay) return;
    // A ripple around this month's events: radius grows while the ring fades, every 1.6 s.
    let frame = requestAnimationFrame(function pulse(time) {
      const phase = (time % 1600) / 1600;
      layer.setPulse(10 + 14 * phase, 0.7 * (1 - phase));
      frame = requestAnimationFrame(pulse);
    });
    return () => {
      cancelAnimationFrame(frame);
      layer.setPulse(RING_RADIUS, 0.5);
    };
  }, [layer, reducedMotion, anyUnderWay]);

  return <div ref={container} className="atlas-map" data-testid="map" data-idle="false" />;
}

/**
 * `pnpm bench` (tests/bench/map.ts) times the map's own time steps, apart from the React around
 * it: it sets `window.__thawBench` before the page loads and then finds at `window.__thawMap`
 * the map and what the page calls on each step. Nothing is exposed otherwise.
 */
function exposeToBenchmarks(handle: BenchHandle) {
  const page = window as { __thawBench?: boolean; __thawMap?: BenchHandle };
  if (page.__thawBench) page.__thawMap = handle;
}

interface BenchHandle {
  map: maplibregl.Map;
  show(view: EventView): void;
  /** The view last shown. */
  shown(): EventView;
}
