import type { ContactCardGroupRow, ContactCardPersonRow, ContactCardRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type { CallLogCell, CardDuplicate } from '../../src/modules/contact-cards/contact-cards.repository.js';

export type ContactCardMapper = ContactCardRow;
export type ContactCardConnectionMapper = Connection<ContactCardRow>;
export type ContactCardGroupMapper = ContactCardGroupRow;
export type ContactCardPersonMapper = ContactCardPersonRow;
export type ContactCardDuplicateMapper = CardDuplicate;
export type CallLogRowMapper = CallLogCell;
