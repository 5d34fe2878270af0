import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import type { Language } from '../../ui/i18n/language';
import type { renderFirstScreens } from './render';
import { firstScreenHtml } from './markup.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const ROOT_DIV = '<div id="root"></div>';

/** Stand-ins for what the server render cannot load: styles and the service worker's module. */
const serverStandIns: Plugin = {
  name: 'servala:first-screen-stand-ins',
  enforce: 'pre',
  resolveId: (id) =>
    id.endsWith('.css') || id === 'virtual:pwa-register' ? `\0stand-in:${id}` : null,
  load: (id) =>
    id.startsWith('\0stand-in:')
      ? 'export default {}; export function registerSW() { return () => Promise.resolve(); }'
      : null,
};

/** Renders the first screens with the app's own modules, through a Vite server in Node. */
async function renderScreens(root: string): Promise<Record<Language, string>> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [serverStandIns],
  });
  try {
    const module = (await server.ssrLoadModule(here('./render.tsx'))) as {
      renderFirstScreens: typeof renderFirstScreens;
    };
    return await module.renderFirstScreens();
  } finally {
    await server.close();
  }
}

/** The gate as one small classic script. */
async function bundleGate(): Promise<string> {
  const result = await build({
    input: here('./gate.ts'),
    write: false,
    output: { format: 'iife', minify: true },
  });
  const chunk = result.output[0];
  return chunk.code;
}

/**
 * Prerenders the default scenario's first screen into the built index.html (one template per
 * language) with the script that shows the right one, so the key figures paint with the HTML.
 */
export function firstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: 'servala:first-screen',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('first screen: no index.html in the build');
      const html = String(page.source);
      if (!html.includes(ROOT_DIV)) throw new Error(`first screen: no ${ROOT_DIV} in index.html`);
      const [screens, gate] = await Promise.all([renderScreens(root), bundleGate()]);
      const ref = this.emitFile({ type: 'asset', name: 'first-screen.js', source: gate });
      const markup = firstScreenHtml(screens, `/${this.getFileName(ref)}`);
      page.source = html.replace(ROOT_DIV, `${ROOT_DIV}\n    ${markup}`);
    },
  };
}
