import { z } from 'zod';

/**
 * zod for the engine's schemas, set up first. By default zod compiles object parsers with
 * `new Function`, and probes for it even where it is forbidden: under the app's
 * Content-Security-Policy (no 'unsafe-eval', Trusted Types) that probe is reported as a policy
 * violation. jitless parses the same, without generated code. Every schema module imports `z` from
 * here, so the setting holds before the first schema is built.
 */
z.config({ jitless: true });

export { z };
