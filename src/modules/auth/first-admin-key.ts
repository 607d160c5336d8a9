import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/client.js';
import { countApiKeys, createApiKey } from './api-keys.service.js';

export const ADMIN_KEY_FILE = 'admin-key';

/**
 * On the first start of an empty embedded database, creates an ADMIN key and saves it in the data
 * directory (readable by its owner only) so the README's first query works without another step.
 * The key itself is never printed: standard output ends up in logs.
 */
export async function ensureFirstAdminKey(db: Database, dataDir: string): Promise<void> {
  if ((await countApiKeys(db)) > 0) return;
  const { key } = await createApiKey(db, { name: 'first admin key', role: 'ADMIN' });
  const file = path.join(dataDir, ADMIN_KEY_FILE);
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  const shown = path.relative(process.cwd(), file);
  console.log(`Created the first ADMIN API key and saved it in ${shown.startsWith('..') ? file : shown} (mode 0600).`);
}
