import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleBudget } from './build/bundle-budget.plugin';
import { consolePreload } from './build/console-preload.plugin';

const api = process.env.PSP_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    react(),
    bundleBudget({ maxGzipBytes: 250 * 1024 }),
    consolePreload(),
    // The installable app shell: manifest, icons and a service worker (src/sw.ts) that precaches
    // every built file, so the console opens offline after one online visit (README, Offline).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: 'Posyandu SPM',
        short_name: 'Posyandu SPM',
        description: 'Layanan 6 Standar Pelayanan Minimal di desa / Six minimum service standards at the village',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b5d3b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
    }),
  ],
  server: {
    // Same origin as in production (the server serves the console): no CORS, cookies or URLs to configure.
    // Everything the API serves beside the console: GraphQL (and its WebSocket), files, downloads.
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
      '/plugins': { target: api, changeOrigin: true },
      '/reports': { target: api, changeOrigin: true },
    },
  },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
