import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import { persons, type ContactKind, type PersonRow } from '../../db/schema/index.js';
import { badInput, notFound } from '../../lib/errors.js';
import { keyOf, requireKey } from '../../lib/global-id.js';
import { InputErrors, type Path } from '../../lib/user-errors.js';
import type { PhoneInput, EmailInput } from '../../lib/contact-details.js';
import { requireWriter } from '../auth/viewer.js';
import { MAX_IMPORT_ROWS, runImport, type ImportMode, type ImportPayload, type Importer, type PendingRow } from '../imports/import-runner.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from '../persons/persons.repository.js';
import { personFieldValues, type PersonOwnFields } from '../persons/persons.service.js';
import { readCards, VCardFileError, type ReadCard, type VCardEntry } from './vcard-read.js';

/**
 * `importVCards`: each card of a file is a row of the shared import runner (call limits,
 * idempotency keys, chunks, all-or-nothing), checked by the persons' own field rules and matched
 * by its UID. Errors name the card's property (`N`, `TEL`, `BDAY`) instead of a person field.
 */

export interface ImportVCardsInput {
  text: string;
  counterpartyId?: string | null;
  mode?: ImportMode | null;
  atomic?: boolean | null;
  idempotencyKey?: string | null;
}

interface CheckedCard {
  values: Partial<repository.PersonInsert>;
  /** The position's own fields at the call's counterparty, when the card gives them. */
  title: string | null | undefined;
  role: string | null | undefined;
}

type Row = PendingRow<ReadCard, CheckedCard>;

export async function importVCards(ctx: Context, input: ImportVCardsInput): Promise<ImportPayload> {
  requireWriter(ctx.viewer);
  let cards: ReadCard[];
  try {
    cards = readCards(input.text);
  } catch (error) {
    if (error instanceof VCardFileError) throw badInput(`This is not a vCard file: ${error.message}`, ['input', 'text']);
    throw error;
  }
  if (cards.length > MAX_IMPORT_ROWS) {
    throw badInput(`An import takes 1 to ${MAX_IMPORT_ROWS} cards per call; this text has ${cards.length}.`, ['input', 'text']);
  }
  const counterpartyId = input.counterpartyId == null ? null : requireKey(input.counterpartyId, 'Counterparty', ['input', 'counterpartyId']);
  if (counterpartyId !== null && !(await ctx.loaders.counterparties.byId.load(counterpartyId))) {
    throw notFound('The counterparty', ['input', 'counterpartyId']);
  }
  const payload = await runImport(ctx, vcardImporter(counterpartyId), {
    rows: cards, counterpartyId, mode: input.mode, atomic: input.atomic, idempotencyKey: input.idempotencyKey,
  } as Parameters<typeof runImport<ReadCard, CheckedCard>>[2]);
  return withCardPaths(payload);
}

/** The runner names a row `["input", "rows", i]`; here row i is card i of the text. */
function withCardPaths(payload: ImportPayload): ImportPayload {
  return {
    ...payload,
    rows: payload.rows.map((row) => ({
      ...row,
      errors: row.errors.map((error) => ({
        ...error,
        field: error.field && error.field[1] === 'rows' ? ['input', 'text', ...error.field.slice(2)] : error.field,
      })),
    })),
  };
}

function vcardImporter(counterpartyId: number | null): Importer<ReadCard, CheckedCard> {
  return {
    operation: 'importVCards',
    typeName: 'Person',
    key: cardKey,
    keyField: ['UID'],
    externalId: cardKey,
    check: checkCard,
    write: (tx, rows, mode) => writeCards(tx, rows, mode, counterpartyId),
  };
}

/** The name a card gives: N, else FN read as "given … family"; null when it has neither. */
function nameOf(card: ReadCard): { lastName: string; firstName: string | null; middleName: string | null; from: 'N' | 'FN' } | null {
  const blank = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : null);
  if (card.n && blank(card.n.family)) {
    return { lastName: card.n.family.trim(), firstName: blank(card.n.given), middleName: blank(card.n.additional), from: 'N' };
  }
  const words = (card.fn ?? '').trim().split(/\s+/).filter(Boolean);
  if (card.n && words.length === 0 && blank(card.n.given)) {
    // Only a given name: it is all there is to file the person under.
    return { lastName: card.n.given.trim(), firstName: null, middleName: blank(card.n.additional), from: 'N' };
  }
  if (words.length === 0) return null;
  if (words.length === 1) return { lastName: words[0], firstName: null, middleName: null, from: 'FN' };
  return { lastName: words[words.length - 1], firstName: words[0], middleName: blank(words.slice(1, -1).join(' ')), from: 'FN' };
}

/**
 * What a card is matched by: its UID; without one, a key made of its name, e-mails and phones
 * (so the same file loads the same persons again). A card that cannot be read, or has no name,
 * gets a key of its own, which no other card shares.
 */
function cardKey(card: ReadCard): string {
  const uid = card.uid?.trim();
  if (uid) return uid;
  const name = nameOf(card);
  if (card.unreadable || !name) return `vcard-line-${card.line}`;
  const content = JSON.stringify([
    name.lastName.toLowerCase(), name.firstName?.toLowerCase() ?? null, name.middleName?.toLowerCase() ?? null,
    card.emails.map((email) => email.value.trim().toLowerCase()).sort(),
    card.tels.map((tel) => tel.value.replace(/[^0-9]/g, '')).sort(),
  ]);
  return `vcard-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

function kindOf(entry: VCardEntry, fallback: ContactKind): ContactKind {
  const types = new Set(entry.types);
  if (types.has('cell') || types.has('x-mobile')) return 'MOBILE';
  if (types.has('fax') || types.has('x-fax')) return 'FAX';
  if (types.has('home')) return 'HOME';
  if (types.has('work')) return 'WORK';
  if (types.has('x-other')) return 'OTHER';
  return fallback;
}

function phoneOf(tel: VCardEntry): PhoneInput {
  const value = tel.value.trim();
  // A tel: URI (RFC 3966) may carry the extension: tel:+380441234567;ext=12
  const uri = /^tel:([^;]*)(.*)$/i.exec(value);
  const extension = uri ? /;ext=([^;]*)/i.exec(uri[2])?.[1] ?? null : null;
  // A typed voice line that is neither work, home nor mobile is OTHER; an untyped one is WORK, as PhoneInput has it.
  const fallback: ContactKind = tel.types.includes('voice') ? 'OTHER' : 'WORK';
  return { kind: kindOf(tel, fallback), number: uri ? uri[1] : value, extension };
}

const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** BDAY as a calendar date; null for a date without a year (`--04-12`, not storable); undefined when it is no date. */
function birthdayOf(value: string): string | null | undefined {
  if (/^--/.test(value.trim())) return null;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(value.trim());
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return DateTime.fromISO(date).isValid ? date : undefined;
}

/** Where a person field's error goes on a card: the vCard property holding it. */
function propertyPath(field: readonly string[], nameFrom: 'N' | 'FN'): Path {
  const [name, index, ...rest] = field;
  switch (name) {
    case 'externalId': return ['UID'];
    case 'lastName': case 'firstName': case 'middleName': return [nameFrom];
    case 'phones': return index === undefined ? ['TEL'] : ['TEL', index, ...rest];
    case 'emails': return index === undefined ? ['EMAIL'] : ['EMAIL', index, ...rest];
    case 'birthday': return ['BDAY'];
    case 'notes': return ['NOTE'];
    default: return field;
  }
}

function checkCard(card: ReadCard, errors: InputErrors): CheckedCard {
  const checked: CheckedCard = { values: {}, title: undefined, role: undefined };
  if (card.unreadable) {
    errors.add([], 'INVALID', card.unreadable);
    return checked;
  }
  const name = nameOf(card);
  if (!name) errors.add(['N'], 'REQUIRED', `The card begun on line ${card.line} has neither N nor FN: a person needs a name.`);
  const fields: PersonOwnFields = { externalId: cardKey(card) };
  if (name) Object.assign(fields, { lastName: name.lastName, firstName: name.firstName, middleName: name.middleName });
  if (card.tels.length > 0) fields.phones = card.tels.map(phoneOf);
  if (card.emails.length > 0) {
    fields.emails = card.emails.map((email, index): EmailInput => {
      const address = email.value.trim();
      if (!EMAIL_FORMAT.test(address)) errors.add(['EMAIL', index], 'INVALID', `"${address}" is not an e-mail address.`);
      return { kind: kindOf(email, 'WORK'), address };
    });
  }
  if (card.bday !== null) {
    const birthday = birthdayOf(card.bday);
    if (birthday === undefined) errors.add(['BDAY'], 'INVALID', `BDAY "${card.bday}" is not a date.`);
    else if (birthday !== null) fields.birthday = birthday;
  }
  if (card.note !== null) fields.notes = card.note;
  // The persons' own rules, their errors moved onto the card's properties.
  const personErrors = new InputErrors([]);
  checked.values = personFieldValues(fields, personErrors, false);
  for (const error of personErrors.list) errors.add(propertyPath(error.field ?? [], name?.from ?? 'N'), error.code, error.message);
  if (card.title !== null) checked.title = errors.text(['TITLE'], card.title, { max: 200 });
  if (card.role !== null) checked.role = errors.text(['ROLE'], card.role, { max: 200 });
  return checked;
}

/**
 * Writes a chunk of cards: each is matched to the person whose externalId its key is, else to the
 * person whose global id its UID is (a card this API exported); the others are created with the
 * key as their externalId. With a counterparty, each person's open position there takes the
 * card's TITLE and ROLE, or is added.
 */
async function writeCards(tx: Database, rows: Row[], mode: ImportMode, counterpartyId: number | null): Promise<void> {
  const byExternalId = await repository.lockedByExternalIds(tx, rows.map((row) => row.key));
  const stored = new Map<string, PersonRow>(byExternalId.map((person) => [person.externalId!, person]));
  const byGlobalId = rows.flatMap((row) => {
    const id = stored.has(row.key) ? null : keyOf(row.key, 'Person');
    return id === null ? [] : [{ row, id }];
  });
  const found = new Map((await repository.lockedByIds(tx, byGlobalId.map(({ id }) => id))).map((person) => [person.id, person]));
  for (const { row, id } of byGlobalId) {
    const person = found.get(id);
    if (!person) continue;
    stored.set(row.key, person);
    // The person keeps its own externalId (or none): the UID named it by its id.
    delete row.checked.values.externalId;
  }
  // Two cards of one chunk naming one person (by its externalId and by its id) would overwrite each other.
  const claimed = new Map<number, number>();
  for (const row of rows) {
    const person = stored.get(row.key);
    if (!person) continue;
    const earlier = claimed.get(person.id);
    if (earlier !== undefined) row.errors.add(['UID'], 'DUPLICATE', `Card ${earlier} of this call is the same person; send each person once.`);
    else claimed.set(person.id, row.index);
  }

  await upsertRecords(tx, rows, mode, {
    table: persons,
    keyColumn: 'external_id',
    stored,
    values: (row) => row.checked.values,
    newRecord: (_row, values) => ({ phones: [], emails: [], importantDates: [], ...values }),
  });
  if (counterpartyId !== null) await writePositions(tx, rows, mode, counterpartyId, stored);
}

/** Each written card's person holds an open position at the counterparty, with the card's TITLE and ROLE when it gives them. */
async function writePositions(tx: Database, rows: Row[], mode: ImportMode, counterpartyId: number, stored: Map<string, PersonRow>): Promise<void> {
  const written = rows.filter((row) => row.outcome !== null);
  const storedPositions = await repository.positionsByPersonIds(tx, written.filter((row) => row.outcome!.status !== 'CREATED').map((row) => row.outcome!.id));
  const touched: PersonRow[] = [];
  const replaced: number[] = [];
  const inserts: Array<repository.PositionInsert & { personId: number }> = [];
  for (const row of written) {
    const { status, id } = row.outcome!;
    const positions = status === 'CREATED' ? [] : storedPositions.get(id) ?? [];
    const here = positions.find((position) => position.counterpartyId === counterpartyId && position.endDate === null);
    const title = row.checked.title === undefined ? here?.title ?? null : row.checked.title;
    const role = row.checked.role === undefined ? here?.role ?? null : row.checked.role;
    if (here && here.title === title && here.role === role) continue;
    if (status === 'UNCHANGED') {
      if (mode === 'CREATE_ONLY') {
        row.errors.add(['ORG'], 'DUPLICATE', 'This person exists and differs in its position at the counterparty; CREATE_ONLY does not update it.');
        row.outcome = null;
        continue;
      }
      // Only the position differs: the person is still updated, so its version tells.
      touched.push(stored.get(row.key)!);
      row.outcome = { status: 'UPDATED', id };
    }
    if (status !== 'CREATED') replaced.push(id);
    const kept = positions.map(({ id: _id, personId: _personId, ...position }) => position);
    const next = here
      ? kept.map((position, index) => (positions[index] === here ? { ...position, title, role } : position))
      : [...kept, { counterpartyId, title, role, isPrimary: false, startDate: null, endDate: null }];
    inserts.push(...next.map((position) => ({ ...position, personId: id })));
  }
  await repository.updatePersonsWhole(tx, touched);
  await repository.replacePositionsOfMany(tx, replaced, inserts);
}
