/**
 * Trusted Types: the Content-Security-Policy requires them for every DOM sink that
 * runs or loads script (`require-trusted-types-for 'script'`) and allows one policy, `default`.
 * Nothing in the app writes HTML or builds script from strings, so the policy creates neither:
 * any such write is refused, and reported. It passes only script URLs of this origin, which is
 * what the app's own `new Worker(url)` calls (the engine and the analysis) and the service
 * worker's registration hand it. Imported first by main.tsx, before any worker starts.
 */

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;

factory?.createPolicy('default', {
  createScriptURL(url) {
    const parsed = new URL(url, document.baseURI);
    if (parsed.origin !== location.origin) {
      throw new TypeError(`Refused to load a script from another origin: ${parsed.origin}`);
    }
    return parsed.href;
  },
});
