import { and, count, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { keysetConnection } from '../../db/paging.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import { counterparties, personPositions, persons, type Address, type CounterpartyRow, type Email, type Phone } from '../../db/schema/index.js';
import type { Connection, PageArgs } from '../../lib/connection.js';
import { filterCondition, orderKeys, type CounterpartyListFilter, type CounterpartyOrder } from '../counterparties/counterparties.repository.js';
import { heldOn } from '../persons/persons.repository.js';

/** Which contact persons an entry shows. */
export type ContactListPersons = 'PRIMARY' | 'ALL' | 'NONE';

export interface ContactListPerson {
  id: number;
  lastName: string;
  firstName: string | null;
  middleName: string | null;
  position: string | null;
  primary: boolean;
  phones: Phone[];
  emails: Email[];
}

/** One counterparty's contact information, with what its keyset order reads (name, creation and change times). */
export interface ContactListEntry extends Pick<CounterpartyRow,
  'id' | 'kind' | 'name' | 'legalName' | 'taxNumber' | 'registrationNumber' | 'addresses' | 'phones' | 'emails' | 'websites' | 'createdAt' | 'updatedAt'> {
  persons: ContactListPerson[];
}

interface Row {
  id: string | number;
  kind: CounterpartyRow['kind'];
  name: string;
  legal_name: string | null;
  tax_number: string | null;
  registration_number: string | null;
  addresses: unknown;
  phones: unknown;
  emails: unknown;
  websites: unknown;
  created_at: string;
  updated_at: string;
  persons: unknown;
}

/**
 * Each counterparty's persons as one JSON array, a correlated subquery over its positions (the
 * `person_positions (counterparty_id, person_id)` index): every non-archived person holding a
 * current position there once, primary contacts first, then by name.
 */
function personsOf(shown: ContactListPersons, today: string): SQL {
  if (shown === 'NONE') return sql`'[]'::json`;
  return sql`(select coalesce(json_agg(json_build_object(
      'id', held.id, 'lastName', held.last_name, 'firstName', held.first_name, 'middleName', held.middle_name,
      'position', held.title, 'primary', held.is_primary, 'phones', held.phones, 'emails', held.emails)
    order by held.is_primary desc, held.last_name, coalesce(held.first_name, ''), held.id), '[]'::json)
    from (
      select ${persons.id} as id, ${persons.lastName} as last_name, ${persons.firstName} as first_name, ${persons.middleName} as middle_name,
        ${persons.phones} as phones, ${persons.emails} as emails,
        bool_or(${personPositions.isPrimary}) as is_primary,
        (array_agg(${personPositions.title} order by ${personPositions.isPrimary} desc, ${personPositions.id}))[1] as title
      from ${personPositions} join ${persons} on ${persons.id} = ${personPositions.personId}
      where ${personPositions.counterpartyId} = ${counterparties.id} and ${persons.archivedAt} is null and ${heldOn(today)}
      group by ${persons.id}
      ${shown === 'PRIMARY' ? sql`having bool_or(${personPositions.isPrimary})` : sql``}
    ) held)`;
}

/**
 * A page of the contact list: the counterparties `filter` matches (the register's own filter and
 * order), each with its requisites, contact details and persons, in one statement. Positions are
 * current on `today` (the request's date).
 */
export function contactList(
  db: Database, filter: CounterpartyListFilter, orderBy: CounterpartyOrder[], shown: ContactListPersons, today: string, args: PageArgs,
): Promise<Connection<ContactListEntry>> {
  const where = filterCondition(filter);
  const keys = orderKeys<ContactListEntry>(orderBy);
  return keysetConnection(keys, args, async (order) => {
    const rows = await executeRows<Row>(db, sql`
      select ${counterparties.id} as id, ${counterparties.kind} as kind, ${counterparties.name} as name,
        ${counterparties.legalName} as legal_name, ${counterparties.taxNumber} as tax_number,
        ${counterparties.registrationNumber} as registration_number,
        ${counterparties.addresses} as addresses, ${counterparties.phones} as phones, ${counterparties.emails} as emails,
        to_json(${counterparties.websites}) as websites,
        to_json(${counterparties.createdAt}) #>> '{}' as created_at, to_json(${counterparties.updatedAt}) #>> '{}' as updated_at,
        ${personsOf(shown, today)} as persons
      from ${counterparties}
      where ${and(where, order.where) ?? sql`true`}
      order by ${sql.join(order.orderBy, sql`, `)}
      limit ${order.limit}`);
    return rows.map((row): ContactListEntry => ({
      id: Number(row.id),
      kind: row.kind,
      name: row.name,
      legalName: row.legal_name,
      taxNumber: row.tax_number,
      registrationNumber: row.registration_number,
      addresses: parsedJson<Address[]>(row.addresses),
      phones: parsedJson<Phone[]>(row.phones),
      emails: parsedJson<Email[]>(row.emails),
      websites: parsedJson<string[]>(row.websites),
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      persons: parsedJson<ContactListPerson[]>(row.persons),
    }));
  }, async () => {
    const [{ total }] = await db.select({ total: count() }).from(counterparties).where(where);
    return total;
  });
}
