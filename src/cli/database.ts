import { loadConfig, type Config } from '../config.js';
import { explainOpenFailure, openDatabase, type DatabaseHandle } from '../db/client.js';

/**
 * Opens and migrates the configured database for a command-line tool. A foreseeable failure (the
 * embedded database held by a running server, a missing PostgreSQL database) ends the process
 * with one line saying what to do, before anything is written.
 */
export async function openCliDatabase(poolSize: number): Promise<{ config: Config; database: DatabaseHandle }> {
  const config = loadConfig();
  try {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize });
    try {
      await database.migrate();
    } catch (error) {
      await database.close().catch(() => {});
      throw error;
    }
    return { config, database };
  } catch (error) {
    const explanation = explainOpenFailure(error, config.databaseUrl);
    if (!explanation) throw error;
    console.error(explanation);
    process.exit(1);
  }
}
