/**
 * The Content-Security-Policy and the other security headers of the built app, in one place: the
 * meta tag in the built index.html, `vite preview`'s headers, the browser test and the README's
 * nginx example all use these.
 *
 * Everything the app loads is its own: scripts, workers (the engine, the analysis, the service
 * worker), styles, icons and the manifest. The exceptions, each needed by a feature:
 * - img-src data: — a chart's PNG export draws the chart as a data: SVG image onto a canvas;
 * - style-src-attr 'unsafe-inline' — see STYLE_ATTR below.
 * No eval anywhere (zod runs jitless, src/engine/zod.ts), and Trusted Types lock the DOM's script
 * sinks: only the default policy of src/trusted-types.ts exists, and it passes only same-origin
 * script URLs (the workers and the service worker) and nothing else.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'require-trusted-types-for': "'script'",
  'trusted-types': 'default',
};

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(names: string[]): string {
  return names.map((name) => `${name} ${DIRECTIVES[name]}`).join('; ');
}

/** The policy as an HTTP header: every directive. */
export const CONTENT_SECURITY_POLICY = serialise(Object.keys(DIRECTIVES));

/** The policy as the built index.html's <meta http-equiv> (for hosts that cannot send headers). */
export const CONTENT_SECURITY_POLICY_META = serialise(
  Object.keys(DIRECTIVES).filter((name) => !HEADER_ONLY.has(name)),
);

/** Every header the app should be served with (README: Deploying). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // A scenario lives in the link's #hash, which no Referer carries anyway; no-referrer keeps even
  // the page's address from the sites its links lead to.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
