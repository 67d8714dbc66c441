import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { EMBED_DOCUMENT } from './src/sw/embedDocument.ts';

const API = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [
    react(),
    // The service worker (src/sw/sw.ts) is built with the precache list of this build in it; the
    // app registers it from its own bundle (src/offline/), as the policy allows no inline script.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeManifestIcons: false,
      manifest: {
        name: 'Thaw Atlas',
        short_name: 'Thaw Atlas',
        description:
          'Protests, interventions, leadership changes and de-Stalinization in the Soviet Union, Poland and Hungary, 1953–1968.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#ffffff',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      injectManifest: {
        // What the pages load: scripts (MapLibre's worker too), styles, the fonts' woff2 files
        // (the chart images') and the map's glyph ranges; the plugin adds the web manifest itself.
        globPatterns: ['**/*.{js,css,html,svg,woff2,pbf}'],
        globIgnores: ['sw.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        manifestTransforms: [
          async (entries) => {
            const index = entries.find((entry) => entry.url === 'index.html');
            if (!index) return { manifest: entries, warnings: ['no index.html in the build'] };
            // The same file, as the server sends it for the embeds (see src/sw/embedDocument.ts).
            return { manifest: [...entries, { ...index, url: EMBED_DOCUMENT }], warnings: [] };
          },
        ],
      },
    }),
  ],
  server: {
    proxy: { '/api': API, '/healthz': API },
  },
  build: {
    target: 'es2022',
    // MapLibre alone is larger than the default warning limit; only the map pages load it.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: cached apart from the app, and visibly absent from
        // the pages that must not load it (the chart embeds).
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/].*maplibre-gl/ }] },
      },
    },
  },
});
