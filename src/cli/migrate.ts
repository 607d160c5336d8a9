import { loadConfig } from '../config';
import { openDatabase } from '../db/client';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
await database.migrate();
await database.close();
console.log(`Migrations applied to ${database.driver === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.`);
