import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': API, '/healthz': API },
  },
  build: {
    target: 'es2022',
    // MapLibre alone is larger than the default warning limit; only the map pages load it.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // The shared chart modules are pure (props in, SVG out): the map takes their palette and
        // shapes without pulling the chart components and recharts into its page.
        moduleSideEffects: (id) => !id.includes('/server/src/charts/'),
      },
      output: {
        // MapLibre in a chunk of its own: cached apart from the app, and visibly absent from
        // the pages that must not load it (the chart embeds).
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/].*maplibre-gl/ }] },
      },
    },
  },
});
