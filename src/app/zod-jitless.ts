/**
 * Zod 4 compiles fast object parsers with `new Function` unless told not to. The app's CSP forbids
 * eval, so the attempt would only log a violation in every browser; the plain parser is fast enough.
 * Zod reads this global when a schema is built, so this module is imported first, before any schema.
 */
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
