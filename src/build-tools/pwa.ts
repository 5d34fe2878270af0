import { VitePWA } from 'vite-plugin-pwa';

/**
 * Offline and installable: a web app manifest, and a Workbox service worker that
 * precaches the whole build (index.html, the entry and lazy chunks, both workers, CSS, icons), so
 * after one visit the app loads and computes with the network off.
 *
 * A new deployment never reloads the page by itself (registerType 'prompt'): the new service worker
 * waits until the user chooses Reload in src/ui/offline/UpdatePrompt.tsx, which also registers the
 * worker after the first paint (injectRegister: false keeps it out of index.html and the entry).
 */
export function pwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Servala partnership simulator',
      short_name: 'Servala',
      description:
        'Model the five-phase revenue sharing between VSHN and an ISV: break-even, margins, shares.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#10243e',
      background_color: '#f4f5f7',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The icons are matched by globPatterns; the plugin adds the manifest itself.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png}'],
      // The README's screenshot is not part of the app.
      globIgnores: ['screenshot.png'],
      // One self-contained sw.js: no importScripts of a Workbox file (a Trusted Types sink).
      inlineWorkboxRuntime: true,
      // The first visit's page is taken over at once, so its lazy chunks come from the cache too.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });
}
