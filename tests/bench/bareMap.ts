/**
 * The baseline page of the map benchmarks: MapLibre alone (tests/bench/bare-map), no React and no
 * app code, drawing the borders and events of a given API in a box of a given size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFiles } from '../support/browser';
import { REPO_ROOT } from '../support/server';

const MAPLIBRE_DIST = join(REPO_ROOT, 'web/node_modules/maplibre-gl/dist');
const BARE_PAGE = join(REPO_ROOT, 'tests/bench/bare-map');

export interface BareMapSite {
  /** The page drawing the data of the API at `apiBase`, in a box of `size` CSS pixels. */
  url(apiBase: string, size: { width: number; height: number }): string;
  close(): Promise<void>;
}

export async function serveBareMap(): Promise<BareMapSite> {
  const script = 'text/javascript; charset=utf-8';
  const site = await serveFiles(
    new Map([
      [
        '/',
        { body: readFileSync(join(BARE_PAGE, 'index.html')), type: 'text/html; charset=utf-8' },
      ],
      ['/bare-map.js', { body: readFileSync(join(BARE_PAGE, 'bare-map.js')), type: script }],
      ...['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map(
        (file) =>
          [
            `/maplibre/${file}`,
            {
              body: readFileSync(join(MAPLIBRE_DIST, file)),
              type: file.endsWith('.css') ? 'text/css; charset=utf-8' : script,
            },
          ] as const,
      ),
    ]),
  );
  return {
    url(apiBase, { width, height }) {
      const query = new URLSearchParams({
        api: apiBase,
        width: String(width),
        height: String(height),
      });
      return `${site.url}/?${query}`;
    },
    close: () => site.close(),
  };
}
