import { openCliDatabase } from './database.js';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
const { config, database } = await openCliDatabase(1);
await database.close();
console.log(`Migrations applied to ${database.driver === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.`);
