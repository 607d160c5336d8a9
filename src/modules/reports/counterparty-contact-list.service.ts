import type { Context } from '../../context.js';
import type { PageArgs } from '../../lib/connection.js';
import { today } from '../../lib/dates.js';
import { readCounterpartyFilter, type CounterpartyFilterInput } from '../counterparties/counterparties.service.js';
import type { CounterpartyOrder } from '../counterparties/counterparties.repository.js';
import * as repository from './counterparty-contact-list.repository.js';

export interface ContactListArgs extends PageArgs {
  where?: CounterpartyFilterInput | null;
  orderBy?: CounterpartyOrder[] | null;
  persons?: repository.ContactListPersons | null;
}

/** The contact list (see `counterpartyContactList` in the schema); positions are current on today in the request's zone. */
export function counterpartyContactList(ctx: Context, { where, orderBy, persons, ...page }: ContactListArgs) {
  return repository.contactList(ctx.db, readCounterpartyFilter(where), orderBy ?? [], persons ?? 'PRIMARY', today(ctx.timeZone), page);
}
