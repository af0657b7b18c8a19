/** Server settings from the environment, with the defaults a newcomer needs (documented in README). */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  sqlitePath: string;
  staticDir: string;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.APPA_DB_PATH ?? './data/appa.sqlite',
    staticDir: env.APPA_STATIC_DIR ?? './dist',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
