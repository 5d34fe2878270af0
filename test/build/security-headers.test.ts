import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  SECURITY_HEADERS,
} from '../../src/build-tools/security-headers.ts';

const directives = (policy: string) => policy.split('; ').map((d) => d.split(' ')[0]);

describe('the security headers', () => {
  it('forbid eval, inline script, plugins, <base>, forms and framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
    for (const directive of [
      "script-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });

  it('come with nosniff, no referrer, no camera, microphone or location, and a closed opener', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('leave out of the meta tag only what a meta tag cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.filter((d) => !directives(CONTENT_SECURITY_POLICY_META).includes(d))).toEqual([
      'frame-ancestors',
    ]);
  });

  it('are the ones the README tells a static host to send', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
