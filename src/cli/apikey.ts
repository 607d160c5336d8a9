import { parseArgs } from 'node:util';
import { createContext } from '../context.js';
import type { Database } from '../db/client.js';
import { toGlobalId } from '../lib/global-id.js';
import { label } from '../lib/user-errors.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../modules/auth/api-keys.service.js';
import { createPartnerApiKey } from '../modules/auth/partner-keys.service.js';
import type { Role } from '../modules/auth/viewer.js';
import { openCliDatabase } from './database.js';

const USAGE = `Usage:
  npm run apikey -- create --role ADMIN|MANAGER|VIEWER [--name "what it is for"] [--employee <employee number>]
  npm run apikey -- create --role PARTNER --counterparty <counterparty number> [--person <person number>] [--name "what it is for"]
  npm run apikey -- list
  npm run apikey -- revoke <key number>`;

const ROLES: (Role | 'PARTNER')[] = ['ADMIN', 'MANAGER', 'VIEWER', 'PARTNER'];

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' }, name: { type: 'string' }, employee: { type: 'string' }, counterparty: { type: 'string' }, person: { type: 'string' },
    },
  });
  const [command, argument] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const role = values.role?.toUpperCase() as Role | 'PARTNER' | undefined;
  if (command === 'create' && (!role || !ROLES.includes(role))) {
    console.error(`--role must be one of ${ROLES.join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  const counterpartyId = values.counterparty === undefined ? null : Number(values.counterparty);
  if (command === 'create' && (role === 'PARTNER') !== (counterpartyId !== null)) {
    console.error(`A PARTNER key, and only a PARTNER key, names its --counterparty.\n\n${USAGE}`);
    return 2;
  }
  const { database } = await openCliDatabase(1);
  try {
    if (command === 'create') {
      const name = values.name ?? `${role!.toLowerCase()} key`;
      const employeeId = values.employee === undefined ? null : Number(values.employee);
      const created = role === 'PARTNER'
        ? await partnerKey(database.db, name, counterpartyId!, values.person)
        : await createApiKey(database.db, { name, role: role!, employeeId });
      if ('refusal' in created) {
        console.error(created.refusal);
        return 1;
      }
      const { key, row } = created;
      console.log(`Created ${row.role} key #${row.id} "${row.name}". It is shown only now:\n\n  ${key}\n`);
    } else if (command === 'list') {
      for (const row of await listApiKeys(database.db)) {
        const state = row.revokedAt ? `revoked ${row.revokedAt.toISOString()}` : 'active';
        console.log(`#${row.id}\t${row.role}\t${row.prefix}…\t${state}\t${row.name}`);
      }
    } else {
      const id = Number(argument);
      if (!Number.isInteger(id)) {
        console.error(USAGE);
        return 2;
      }
      const revoked = await revokeApiKey(database.db, id);
      console.log(revoked ? `Revoked key #${id}.` : `No active key #${id}.`);
      return revoked ? 0 : 1;
    }
    return 0;
  } finally {
    await database.close();
  }
}

/**
 * A PARTNER key, checked as the ADMIN mutation checks it (the counterparty exists and is not
 * archived, the person holds a position there), or why not.
 */
async function partnerKey(db: Database, name: string, counterpartyId: number, person: string | undefined) {
  const ctx = createContext(db, { apiKeyId: 0, role: 'ADMIN', employeeId: null });
  const answer = await createPartnerApiKey(ctx, {
    name, counterpartyId: toGlobalId('Counterparty', counterpartyId), personId: person === undefined ? null : toGlobalId('Person', Number(person)),
  });
  if (!answer.apiKey) return { refusal: answer.userErrors.map((error) => `${label(error.field ?? [])}: ${error.message}`).join('\n') };
  return { key: answer.key!, row: answer.apiKey };
}

process.exitCode = await main();
