import { parseArgs } from 'node:util';
import { createContext } from '../context.js';
import type { Database } from '../db/client.js';
import { toGlobalId } from '../lib/global-id.js';
import { label } from '../lib/user-errors.js';
import { listApiKeys, revokeApiKey } from '../modules/auth/api-keys.service.js';
import { createPartnerApiKey, createStaffApiKey } from '../modules/auth/key-management.service.js';
import type { Role } from '../modules/auth/viewer.js';
import { openCliDatabase } from './database.js';

const USAGE = `Usage:
  npm run apikey -- create --role ADMIN|MANAGER|VIEWER [--name "what it is for"] [--employee <employee number>] [--expires <ISO instant>]
  npm run apikey -- create --role PARTNER --counterparty <counterparty number> [--person <person number>] [--name "what it is for"] [--expires <ISO instant>]
  npm run apikey -- list
  npm run apikey -- revoke <key number>`;

const ROLES: (Role | 'PARTNER')[] = ['ADMIN', 'MANAGER', 'VIEWER', 'PARTNER'];

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' }, name: { type: 'string' }, employee: { type: 'string' }, counterparty: { type: 'string' }, person: { type: 'string' },
      expires: { type: 'string' },
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
  const expiresAt = values.expires === undefined ? null : new Date(values.expires);
  if (expiresAt && Number.isNaN(expiresAt.getTime())) {
    console.error(`--expires must be an ISO instant, e.g. 2027-01-31T00:00:00Z.\n\n${USAGE}`);
    return 2;
  }
  const { database } = await openCliDatabase(1);
  try {
    if (command === 'create') {
      const name = values.name ?? `${role!.toLowerCase()} key`;
      const created = await issue(database.db, role!, { name, expiresAt, counterpartyId, person: values.person, employee: values.employee });
      if ('refusal' in created) {
        console.error(created.refusal);
        return 1;
      }
      const { key, row } = created;
      console.log(`Created ${row.role} key #${row.id} "${row.name}". It is shown only now:\n\n  ${key}\n`);
    } else if (command === 'list') {
      for (const row of await listApiKeys(database.db)) {
        const state = row.revokedAt ? `revoked ${row.revokedAt.toISOString()}`
          : row.expiresAt && row.expiresAt <= new Date() ? `expired ${row.expiresAt.toISOString()}`
            : row.expiresAt ? `active until ${row.expiresAt.toISOString()}` : 'active';
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
 * A key, issued and checked as the ADMIN mutations issue and check it (`createApiKey`,
 * `createPartnerApiKey`: the employee exists and is active; the counterparty exists and is not
 * archived, the person holds a position there; the expiry is ahead), or why not.
 */
async function issue(db: Database, role: Role | 'PARTNER', args: {
  name: string; expiresAt: Date | null; counterpartyId: number | null; person: string | undefined; employee: string | undefined;
}) {
  const ctx = createContext(db, { apiKeyId: 0, role: 'ADMIN', employeeId: null });
  const globalId = (type: string, number: string | undefined) => (number === undefined ? null : toGlobalId(type, Number(number)));
  const answer = role === 'PARTNER'
    ? await createPartnerApiKey(ctx, {
      name: args.name, counterpartyId: toGlobalId('Counterparty', args.counterpartyId!), personId: globalId('Person', args.person), expiresAt: args.expiresAt,
    })
    : await createStaffApiKey(ctx, { name: args.name, role, employeeId: globalId('Employee', args.employee), expiresAt: args.expiresAt });
  if (!answer.apiKey) return { refusal: answer.userErrors.map((error) => `${label(error.field ?? [])}: ${error.message}`).join('\n') };
  return { key: answer.key!, row: answer.apiKey };
}

process.exitCode = await main();
