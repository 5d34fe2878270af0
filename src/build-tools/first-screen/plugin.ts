import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import type { Language } from '../../ui/i18n/language';
import type { renderFirstScreens } from './render';
import { firstScreenHtml } from './markup.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const ROOT_DIV = '<div id="root"></div>';
const PAGE_MODULE = '/src/mount.tsx';

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

/** The page's chunk (main.tsx imports it at once) and the chunks and styles it needs. */
function pageFiles(bundle: OutputBundle): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
  const page = chunks.find((c) => c.facadeModuleId?.endsWith(PAGE_MODULE));
  if (!page) throw new Error(`first screen: no chunk for ${PAGE_MODULE}`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const needed = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || needed.has(chunk)) return;
    needed.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(page);
  return {
    scripts: [...needed].map((c) => c.fileName),
    styles: [...needed].flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]),
  };
}

/**
 * Links in the head for the page's chunk and its styles, where Vite names only the entry's: the
 * chunk loads with the entry instead of after it, and its styles are there for the first screen.
 */
function preloadPage(html: string, bundle: OutputBundle): string {
  const { scripts, styles } = pageFiles(bundle);
  const links = [
    ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
    ...styles.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
  ].filter((link) => !html.includes(link.match(/href="[^"]+"/)?.[0] ?? link));
  return html.replace('</head>', `\n    ${links.join('\n    ')}\n  </head>`);
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
      const html = preloadPage(String(page.source), bundle);
      if (!html.includes(ROOT_DIV)) throw new Error(`first screen: no ${ROOT_DIV} in index.html`);
      const [screens, gate] = await Promise.all([renderScreens(root), bundleGate()]);
      const ref = this.emitFile({ type: 'asset', name: 'first-screen.js', source: gate });
      const markup = firstScreenHtml(screens, `/${this.getFileName(ref)}`);
      page.source = html.replace(ROOT_DIV, `${ROOT_DIV}\n    ${markup}`);
    },
  };
}
