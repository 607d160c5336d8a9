import type { Context } from '../../context.js';
import type { ContactKind, CounterpartyRow, PersonPositionRow, PersonRow } from '../../db/schema/index.js';
import { today } from '../../lib/dates.js';
import { toGlobalId } from '../../lib/global-id.js';
import type { Selection } from '../../lib/selection.js';
import { fullName, isCurrent } from '../persons/person-rules.js';
import { counterpartyPersons } from '../persons/persons.service.js';
import { compound, dateValue, escapeText, timestampValue, vcardText, type VCardProperty } from './vcard-text.js';

/**
 * vCard export: a person, or a counterparty's persons, as vCard 4.0 text, read through the
 * request's loaders (persons, their positions, counterparties), so a list of people costs the
 * same statements as one.
 */

/** TEL types per kind of number; OTHER is a voice line of no known kind. */
const PHONE_TYPES: Record<ContactKind, string> = { WORK: 'work,voice', HOME: 'home,voice', MOBILE: 'cell', FAX: 'fax', OTHER: 'voice' };
/** EMAIL types per kind of address (RFC 6350 knows work and home; the others are extensions). */
const EMAIL_TYPES: Record<ContactKind, string> = { WORK: 'work', HOME: 'home', MOBILE: 'x-mobile', FAX: 'x-fax', OTHER: 'x-other' };

/** Where a card says the person works: a counterparty's name and the position there. */
interface Workplace { organisation: string; position: PersonPositionRow | null }

/** The person's fields a card is made of (what `Person.vcard` reads; see the persons' column plan). */
type CardPerson = Pick<PersonRow, 'id' | 'lastName' | 'firstName' | 'middleName' | 'phones' | 'emails' | 'birthday' | 'notes' | 'updatedAt'>;

export function personCard(person: CardPerson, workplace: Workplace | null): string {
  const properties: VCardProperty[] = [
    { name: 'FN', value: escapeText(fullName(person)) },
    { name: 'N', value: compound([person.lastName, person.firstName, person.middleName, '', '']) },
  ];
  if (workplace) {
    properties.push({ name: 'ORG', value: compound([workplace.organisation]) });
    if (workplace.position?.title) properties.push({ name: 'TITLE', value: escapeText(workplace.position.title) });
    if (workplace.position?.role) properties.push({ name: 'ROLE', value: escapeText(workplace.position.role) });
  }
  for (const phone of person.phones) {
    properties.push(phone.extension
      // An extension is only expressible in a tel: URI (RFC 3966), which takes no spaces.
      ? { name: 'TEL', params: { VALUE: 'uri', TYPE: quoted(PHONE_TYPES[phone.kind]) }, value: `tel:${phone.number.replace(/[^0-9+]/g, '')};ext=${phone.extension}` }
      : { name: 'TEL', params: { TYPE: quoted(PHONE_TYPES[phone.kind]) }, value: escapeText(phone.number) });
  }
  for (const email of person.emails) {
    properties.push({ name: 'EMAIL', params: { TYPE: quoted(EMAIL_TYPES[email.kind]) }, value: escapeText(email.address) });
  }
  if (person.birthday) properties.push({ name: 'BDAY', value: dateValue(person.birthday) });
  if (person.notes) properties.push({ name: 'NOTE', value: escapeText(person.notes) });
  properties.push({ name: 'UID', params: { VALUE: 'text' }, value: toGlobalId('Person', person.id) });
  properties.push({ name: 'REV', value: timestampValue(new Date(person.updatedAt)) });
  return vcardText(properties);
}

/** A parameter value with a comma is quoted (RFC 6350 §5: TYPE="work,voice"). */
const quoted = (value: string) => (value.includes(',') ? `"${value}"` : value);

/** `Person.vcard`: the first current position (primary ones come first) is the card's ORG and TITLE. */
export async function personVCard(ctx: Context, person: CardPerson): Promise<string> {
  const on = today(ctx.timeZone);
  const positions = await ctx.loaders.persons.positionsByPersonId.load(person.id);
  const position = positions.find((candidate) => isCurrent(candidate, on)) ?? null;
  const counterparty = position ? await ctx.loaders.counterparties.byId.load(position.counterpartyId) : null;
  return personCard(person, counterparty && position ? { organisation: counterparty.name, position } : null);
}

/** What the persons of a counterparty's cards are read with: the columns of `Person.vcard`. */
const CARD_SELECTION: Selection = new Map([['vcard', new Map()]]);

/** `Counterparty.vcards`: its persons' cards, each with its position here (a current one first). */
export async function counterpartyVCards(ctx: Context, counterparty: Pick<CounterpartyRow, 'id' | 'name'>, includeFormer: boolean): Promise<string> {
  const on = today(ctx.timeZone);
  const persons = await counterpartyPersons(ctx, counterparty.id, includeFormer, CARD_SELECTION);
  const positions = await Promise.all(persons.map((person) => ctx.loaders.persons.positionsByPersonId.load(person.id)));
  return persons.map((person, index) => {
    const here = positions[index].filter((position) => position.counterpartyId === counterparty.id);
    const position = here.find((candidate) => isCurrent(candidate, on)) ?? here[0] ?? null;
    return personCard(person as CardPerson, { organisation: counterparty.name, position });
  }).join('');
}

/** A file name for a download: the person's or counterparty's name, without characters file systems refuse. */
export const vcardFileName = (name: string): string => `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'contact'}.vcf`;
