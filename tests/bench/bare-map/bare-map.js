// The baseline of the first-idle benchmark: MapLibre alone, no React and no app code, drawing
// the app's borders and events (fetched from the app's API) in a box the size of the app's map.
// It notes the time of its first `idle` where the benchmark reads it.
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

const query = new URLSearchParams(window.location.search);
const api = query.get('api');
const container = document.getElementById('map');
container.style.width = `${query.get('width')}px`;
container.style.height = `${query.get('height')}px`;

maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const [borders, { events }] = await Promise.all([
  fetch(`${api}/api/borders`).then((response) => response.json()),
  fetch(`${api}/api/events`).then((response) => response.json()),
]);
const points = {
  type: 'FeatureCollection',
  features: events.map((event) => ({
    type: 'Feature',
    properties: { category: event.category },
    geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
  })),
};

const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: {
      borders: { type: 'geojson', data: borders },
      events: { type: 'geojson', data: points },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#d9e4ec' } },
      { id: 'land', type: 'fill', source: 'borders', paint: { 'fill-color': '#f3f1ec' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a7adb4' } },
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        paint: { 'circle-radius': 6, 'circle-color': '#b03a2e' },
      },
    ],
  },
  // The app's initial view (web/src/map/mapStyle.ts) and drawing options.
  bounds: [
    [11, 42.5],
    [44, 58.5],
  ],
  renderWorldCopies: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
});
// The same handle as the app's (web/src/map/AtlasMap.tsx), for the repaint baseline.
window.__thawMap = { map };
map.once('idle', () => {
  window.__firstIdle = performance.now();
});
