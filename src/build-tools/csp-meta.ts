import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './security-headers.ts';

/**
 * Puts the Content-Security-Policy into the built index.html as a <meta http-equiv>, for static
 * hosts that cannot send headers: right after the charset, before anything that loads (a policy
 * covers only what comes after it).
 * Build only: the dev server's hot reload injects an inline script that the policy would refuse.
 */
export function cspMeta(): Plugin {
  const charset = /<meta charset="UTF-8" \/>\n/;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
  return {
    name: 'servala:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html: no <meta charset="UTF-8" /> to follow');
      return html.replace(charset, (line) => `${line}    ${meta}\n`);
    },
  };
}
