import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOUR = '#1d4f5c';
const BACKGROUND_COLOUR = '#f6f4ef';
const apiServer = process.env.FALTLOGG_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: apiServer, changeOrigin: false },
      '/metrics': { target: apiServer, changeOrigin: false },
    },
  },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'autoUpdate',
      // The server's CSP allows only scripts from 'self', so the registration must be a file.
      injectRegister: 'script',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Fältlogg',
        short_name: 'Fältlogg',
        description: 'Planering, loggning och uppföljning av socialt fältarbete med unga',
        lang: 'sv',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/metrics/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Take control on the first visit, so a phone that goes offline right after it still has the app.
        clientsClaim: true,
        // API data lives in IndexedDB (the outbox and its local store), never in the HTTP cache.
      },
    }),
  ],
});
