import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../modules/auth/api-keys.service.js';
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
      const personId = values.person === undefined ? null : Number(values.person);
      const employeeId = values.employee === undefined ? null : Number(values.employee);
      // The database checks the counterparty and the person exist (foreign keys).
      const { key, row } = role === 'PARTNER'
        ? await createApiKey(database.db, { name, role, counterpartyId: counterpartyId!, personId })
        : await createApiKey(database.db, { name, role: role!, employeeId });
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

process.exitCode = await main();
