import { ConfigError, loadConfig } from './config.js';
import { explainOpenFailure, openDatabase } from './db/client.js';
import { ensureFirstAdminKey } from './modules/auth/first-admin-key.js';
import { createLogger, errorLogOf, requestLogOf } from './lib/logger.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs, idleInTransactionTimeoutMs: config.idleInTransactionTimeoutMs,
    connectionsPerKey: config.connectionsPerKey, queueTimeoutMs: config.queueTimeoutMs, preparedStatements: config.preparedStatements,
  });
  await database.migrate();
  if (database.driver === 'pglite') await ensureFirstAdminKey(database.db, config.dataDir);
  const logger = createLogger(config);
  const server = await startServer(database, config, errorLogOf(logger), requestLogOf(logger));
  console.log(`CRM API ready at ${server.url} (${database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, pid ${process.pid})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then stopping.`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(explainOpenFailure(error, process.env.DATABASE_URL || undefined) ?? error);
  process.exit(1);
});
