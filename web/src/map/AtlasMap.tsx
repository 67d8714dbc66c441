/**
 * The one component that owns the MapLibre map. The borders go in once, with the style, and the
 * events once, into the WebGL layer that draws them; after that, props reach the map only as that
 * layer's uniforms (time, filters, hover, selection), the global state `countries`, the labels of
 * this month's places and camera moves: to the frame asked for (framing.ts: a box, else the
 * chosen countries'), and to a selected event that is out of view.
 */
import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import type { Capital } from '@thaw/data/states';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type Bbox, countriesFrame, formatBbox, OVERVIEW, roundBbox } from '@thaw/data/framing';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Borders } from '../api/queries';
import type { Gazetteer } from '../places/gazetteer';
import { STATES } from '../style/states';
import { buildEventGeometry } from './eventGeometry';
import { EventLayer, type SymbolOnScreen } from './eventLayer';
import { eventPlaceLabels } from './eventPlaceLabels';
import { iconAtlas, RING_RADIUS } from './eventSymbols';
import { LAYER, SOURCE } from './layers';
import { MapSymbolList } from './MapSymbolList';
import { buildMapStyle, MAX_BOUNDS, MAX_ZOOM } from './mapStyle';
import { PARTS_ZOOM } from './monthSymbols';
import { buildPlaceLabels } from './placeLabels';
import { type EventView, phaseAt } from './visibility';

// Vite bundles MapLibre's worker separately; MapLibre must be told where it ended up. Its workers
// start loading with this module, while the page's data is still on its way.
maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

export interface AtlasMapHandle {
  /** The map's canvas, whose pixels stay readable after drawing (for the PNG download). */
  canvas(): HTMLCanvasElement | null;
  /** What the map shows now, for a link or an embed of the same frame. */
  bbox(): Bbox | null;
  /**
   * Resolves with the canvas once the map has drawn `view` completely (its data, its labels, its
   * frame): a video's frame is taken only then.
   */
  drawn(view: EventView): Promise<HTMLCanvasElement>;
}

/** A frame and how it is fitted: a chosen box exactly, the countries' with room for symbols. */
interface Target {
  key: string;
  bbox: Bbox;
  fit: maplibregl.FitBoundsOptions;
}

/** Room around the countries' outermost events, and no closer than a region for a single city. */
const COUNTRIES_FIT = { padding: 40, maxZoom: 7 } as const;
const NONE: readonly string[] = [];
/** How far inside the edges a selected event must lie to count as in view, in pixels. */
const IN_VIEW_MARGIN = 40;

export interface AtlasMapProps {
  borders: Borders;
  /** One per state (`capitalsOf`). */
  capitals: readonly Capital[];
  events: readonly Event[];
  /** The places' names over time: labels are written in the names of the month. */
  gazetteer: Gazetteer;
  state: EventView;
  /** The box asked for (`askedFrame`), fitted exactly; null frames the chosen countries. */
  frame: Bbox | null;
  /** The reader moved the map: what it shows now. Unset, the frame stays the page's own. */
  onFrameChange?(bbox: Bbox): void;
  selectedEvent: Event | null;
  /** Events emphasised as the selected one is, without moving the camera (a story's step). */
  highlighted?: readonly string[];
  onSelectEvent(id: string): void;
  /** No pulsing and instant camera moves, for readers who asked their system for less motion. */
  reducedMotion: boolean;
  /** Canvas pixels per CSS pixel; unset, the screen's. A video's frames are drawn at 1. */
  pixelRatio?: number;
  /**
   * Drawn only to be taken as a picture (a handout's page, a video's frames), off screen: no
   * controls or keyboard list, and not the map that the benchmarks and tests read.
   */
  pictured?: boolean;
  ref?: Ref<AtlasMapHandle>;
}

export function AtlasMap({
  borders,
  capitals,
  events,
  gazetteer,
  state,
  frame,
  onFrameChange,
  selectedEvent,
  highlighted = NONE,
  onSelectEvent,
  reducedMotion,
  pixelRatio,
  pictured = false,
  ref,
}: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const layerRef = useRef<EventLayer | null>(null);
  const showRef = useRef<((view: EventView) => void) | null>(null);
  /** The view last given to the layer, once the map has loaded. */
  const shownRef = useRef<EventView | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const selectRef = useRef(onSelectEvent);
  selectRef.current = onSelectEvent;
  const frameChangeRef = useRef(onFrameChange);
  frameChangeRef.current = onFrameChange;
  const labels = useMemo(() => buildPlaceLabels(borders, capitals, STATES), [borders, capitals]);
  const capitalNames = useMemo(() => new Set(capitals.map((capital) => capital.name)), [capitals]);
  const geometry = useMemo(() => buildEventGeometry(events), [events]);
  const eventById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const placeLabels = useMemo(
    () => eventPlaceLabels(events, gazetteer, capitalNames),
    [events, gazetteer, capitalNames],
  );
  const countriesKey = state.countries.join();
  const target = useMemo<Target>(() => {
    if (frame) return { key: `bbox:${formatBbox(frame)}`, bbox: frame, fit: { padding: 0 } };
    const bbox = countriesFrame(countriesKey.split(','), events, capitals) ?? OVERVIEW;
    return { key: `countries:${formatBbox(bbox)}`, bbox, fit: COUNTRIES_FIT };
  }, [frame, countriesKey, events, capitals]);
  // A new map starts from the state and frame of its render; later ones arrive by the effects.
  const latestState = useRef(state);
  latestState.current = state;
  // Read once, when the map is made: what it is made for does not change.
  const made = useRef({ pixelRatio, pictured });
  const latestTarget = useRef(target);
  latestTarget.current = target;
  /** The frame the camera was last sent to, or left at by the reader. */
  const framed = useRef<string | null>(null);

  if (failure) throw failure;

  useImperativeHandle(
    ref,
    () => ({
      canvas: () => mapRef.current?.getCanvas() ?? null,
      bbox: () => (mapRef.current ? shownBbox(mapRef.current) : null),
      async drawn(view) {
        // The view reaches the layer in an effect once the map has loaded; wait for both.
        for (;;) {
          const map = mapRef.current;
          const shown = shownRef.current;
          if (map && shown && sameView(shown, view)) {
            // A frame is forced, and its idle comes once tiles, glyphs and labels are all drawn.
            const idle = map.once('idle');
            map.triggerRepaint();
            await idle;
            return map.getCanvas();
          }
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      },
    }),
    [],
  );

  // Made once per dataset (the data is in the style and in the layer's buffers); what changes later
  // arrives by the effects below, which wait for the new map's load.
  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildMapStyle({
        borders,
        labels,
        places: placeLabels.features,
        countries: latestState.current.countries,
      }),
      bounds: latestTarget.current.bbox,
      // MapLibre's own buttons in the page's language.
      locale: {
        'Map.Title': i18n._('nav.map'),
        'NavigationControl.ZoomIn': i18n._('map.zoomIn'),
        'NavigationControl.ZoomOut': i18n._('map.zoomOut'),
        'AttributionControl.ToggleAttribution': i18n._('map.attribution'),
        'ScaleControl.Kilometers': i18n._('map.km'),
        'ScaleControl.Meters': i18n._('map.m'),
      },
      fitBoundsOptions: latestTarget.current.fit,
      maxBounds: MAX_BOUNDS,
      maxZoom: MAX_ZOOM,
      renderWorldCopies: false,
      // Labels appear with the month instead of fading in: time steps settle a frame sooner.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // A picture names the borders' source in its own source line.
      attributionControl: made.current.pictured
        ? false
        : { compact: true, customAttribution: i18n._('explorer.borders') },
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      pixelRatio: made.current.pixelRatio,
    });
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    if (!made.current.pictured) {
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    }
    const layer = new EventLayer(LAYER.events, geometry, iconAtlas(), latestState.current);
    layerRef.current = layer;
    // A map made hidden (behind the table) has no size to fit a frame to: it fits on showing.
    framed.current = hasSize(map) ? latestTarget.current.key : null;
    map.on('resize', () => {
      const wanted = latestTarget.current;
      if (framed.current === null && hasSize(map)) {
        framed.current = wanted.key;
        map.fitBounds(wanted.bbox, { ...wanted.fit, duration: 0 });
      }
    });
    // The reader's moves end with their DOM event (drag, pinch, keys, the zoom buttons), but a
    // wheel's zoom ends without it; the page's own moves, and resizes, carry none.
    let wheeled = false;
    map.on('wheel', () => {
      wheeled = true;
    });
    map.on('moveend', (event) => {
      const byReader = event.originalEvent !== undefined || wheeled;
      wheeled = false;
      if (!byReader || !frameChangeRef.current) return;
      const bbox = shownBbox(map);
      // The URL will bring this frame back as a prop: the camera is already there.
      framed.current = `bbox:${formatBbox(bbox)}`;
      frameChangeRef.current(bbox);
    });

    // A month or a selection shown, all in the next frame: the layer's uniforms, the feature-state
    // of the places whose label appears or goes, the countries' global state when it changes.
    let shown = latestState.current;
    let named = new Set<string>();
    const show = (view: EventView) => {
      shown = view;
      shownRef.current = view;
      layer.setView(view);
      const places = placeLabels.shown(view, (id) => layer.draws(id));
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
    // Parts appear and give way with the zoom, and their places' labels with them.
    let partsShown = map.getZoom() >= PARTS_ZOOM;
    map.on('zoom', () => {
      if (partsShown === map.getZoom() >= PARTS_ZOOM) return;
      partsShown = !partsShown;
      if (showRef.current) show(shown);
    });
    map.on('load', () => {
      map.addLayer(layer, LAYER.capitalLabels);
      showRef.current = show;
      if (!made.current.pictured) {
        exposeToBenchmarks({
          map,
          show,
          shown: () => shown,
          symbols: () => layer.symbolsOnScreen(),
        });
      }
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
      shownRef.current = null;
      setLoaded(false);
      map.remove();
    };
  }, [borders, labels, geometry, placeLabels]);

  const map = loaded ? mapRef.current : null;
  const layer = loaded ? layerRef.current : null;
  const { month, mode } = state;
  // Arrays by content, not identity: the same selection must not cost a repaint.
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

  // A new frame (other countries, a link's box, back and forward): the camera flies there, or,
  // hidden behind the table, fits it when it shows again.
  useEffect(() => {
    if (!map || target.key === framed.current) return;
    if (!hasSize(map)) {
      framed.current = null;
      return;
    }
    framed.current = target.key;
    map.fitBounds(target.bbox, { ...target.fit, duration: reducedMotion ? 0 : 1000 });
  }, [map, target, reducedMotion]);

  const selectedId = selectedEvent?.id ?? null;
  const selectedLon = selectedEvent?.place.lon;
  const selectedLat = selectedEvent?.place.lat;
  useEffect(() => {
    if (!map || !layer || selectedId === null) return;
    layer.setSelected(selectedId);
    // Only an event out of view moves the camera, and then only sideways, at the same zoom.
    if (selectedLon !== undefined && selectedLat !== undefined && hasSize(map)) {
      const at: [number, number] = [selectedLon, selectedLat];
      if (!inView(map, at)) map.easeTo({ center: at, duration: reducedMotion ? 0 : 800 });
    }
    return () => layer.setSelected(null);
  }, [map, layer, selectedId, selectedLon, selectedLat, reducedMotion]);

  const highlightedKey = highlighted.join();
  useEffect(() => {
    if (!layer) return;
    layer.setHighlighted(highlightedKey.split(',').filter(Boolean));
    return () => layer.setHighlighted([]);
  }, [layer, highlightedKey]);

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

  return (
    <>
      <div ref={container} className="atlas-map" data-testid="map" data-idle="false" />
      {!pictured && (
        <MapSymbolList
          map={map}
          layer={layer}
          eventById={eventById}
          selectedId={selectedId}
          onSelect={onSelectEvent}
        />
      )}
    </>
  );
}

function sameView(a: EventView, b: EventView): boolean {
  return (
    a.month === b.month &&
    a.mode === b.mode &&
    a.countries.join() === b.countries.join() &&
    a.categories.join() === b.categories.join()
  );
}

function hasSize(map: maplibregl.Map): boolean {
  const box = map.getContainer();
  return box.clientWidth > 0 && box.clientHeight > 0;
}

/** The box the map shows, as a link writes it. */
function shownBbox(map: maplibregl.Map): Bbox {
  const bounds = map.getBounds();
  return roundBbox([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
}

/** Whether a point is on screen, clear of the edges where the controls sit. */
function inView(map: maplibregl.Map, at: [number, number]): boolean {
  const { x, y } = map.project(at);
  const box = map.getContainer();
  return (
    x >= IN_VIEW_MARGIN &&
    y >= IN_VIEW_MARGIN &&
    x <= box.clientWidth - IN_VIEW_MARGIN &&
    y <= box.clientHeight - IN_VIEW_MARGIN
  );
}

/**
 * `pnpm bench` (tests/bench/map.ts) times the map's own time steps, apart from the React around
 * it: it sets `window.__thawBench` before the page loads and then finds at `window.__thawMap`
 * the map and what the page calls on each step. The browser tests read the camera, the
 * rendered labels and where the symbols are drawn there too (tests/support/browser.ts).
 * Nothing is exposed otherwise.
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
  /** The month's symbols where the event layer draws them (its own layout). */
  symbols(): SymbolOnScreen[];
}
