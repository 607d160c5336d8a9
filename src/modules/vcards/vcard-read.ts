import ICAL from 'ical.js';

/**
 * Reading vCard files (3.0, RFC 2426, and 4.0, RFC 6350) into plain cards. The file is cut into
 * its BEGIN:VCARD … END:VCARD blocks here, so one card that cannot be read fails alone; each
 * block's lines (unfolding, parameters, escapes, structured values, the 3.0 and 4.0 value types)
 * are read by ical.js. Pure: no I/O, no knowledge of persons.
 */

/** A TEL or EMAIL: its value and its TYPE parameters, lower case. */
export interface VCardEntry { value: string; types: string[] }

export interface ReadCard {
  /** Line of the file where the card begins, from 1. */
  line: number;
  uid: string | null;
  fn: string | null;
  /** N: family name, given name, additional (middle) names. */
  n: { family: string; given: string; additional: string } | null;
  tels: VCardEntry[];
  emails: VCardEntry[];
  /** BDAY as written by ical.js: `1985-04-12`, `--04-12`, `1985-04-12T10:00:00Z`. */
  bday: string | null;
  note: string | null;
  org: string | null;
  title: string | null;
  role: string | null;
  /** Why the card could not be read at all; the other fields are then empty. */
  unreadable: string | null;
}

/** The text is not a vCard file: no card in it, or lines outside or across cards. */
export class VCardFileError extends Error {}

const BEGIN = /^BEGIN:VCARD[ \t]*$/i;
const END = /^END:VCARD[ \t]*$/i;
const QUOTED_PRINTABLE = /;(ENCODING=)?QUOTED-PRINTABLE[;:]/i;

/** The blocks of a file, each with the line it begins on. Blank lines between cards are allowed. */
export function splitCards(text: string): Array<{ line: number; text: string }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: Array<{ line: number; text: string }> = [];
  let open: { line: number; lines: string[] } | null = null;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (open) {
      if (BEGIN.test(line)) throw new VCardFileError(`Line ${number} begins a card inside the card begun on line ${open.line}; END:VCARD is missing before it.`);
      open.lines.push(line);
      if (END.test(line)) {
        cards.push({ line: open.line, text: `${joinSoftBreaks(open.lines).map(namedParameters).join('\r\n')}\r\n` });
        open = null;
      }
    } else if (BEGIN.test(line)) {
      open = { line: number, lines: [line] };
    } else if (line.trim() !== '') {
      throw new VCardFileError(`Line ${number} is outside any card: a vCard file is BEGIN:VCARD … END:VCARD blocks.`);
    }
  });
  if (open) throw new VCardFileError(`The card begun on line ${(open as { line: number }).line} has no END:VCARD.`);
  if (cards.length === 0) throw new VCardFileError('The text holds no card: a vCard file is BEGIN:VCARD … END:VCARD blocks.');
  return cards;
}

/** A quoted-printable value (vCard 2.1 and some 3.0 writers) continues on the next line after a soft break `=`. */
function joinSoftBreaks(lines: string[]): string[] {
  const joined: string[] = [];
  let pending: string | null = null;
  for (const line of lines) {
    const current: string = pending === null ? line : pending + line;
    pending = null;
    if (QUOTED_PRINTABLE.test(current) && current.endsWith('=')) pending = current.slice(0, -1);
    else joined.push(current);
  }
  if (pending !== null) joined.push(pending);
  return joined;
}

/**
 * vCard 2.1 writers (old phones) name a parameter by its value alone: `TEL;CELL:`,
 * `N;QUOTED-PRINTABLE:`. ical.js wants `TYPE=CELL`, `ENCODING=QUOTED-PRINTABLE`.
 */
function namedParameters(line: string): string {
  if (line.startsWith(' ') || line.startsWith('\t')) return line;
  const colon = line.indexOf(':');
  if (colon < 0 || line.slice(0, colon).includes('"')) return line;
  const head = line.slice(0, colon).replace(/;([A-Za-z0-9-]+)(?=;|$)/g, (_all, value: string) =>
    (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(value) ? `;ENCODING=${value}` : `;TYPE=${value}`));
  return head + line.slice(colon);
}

/** Decodes a quoted-printable value's `=XX` octets as UTF-8. */
function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const hex = value[index] === '=' ? /^[0-9A-Fa-f]{2}/.exec(value.slice(index + 1, index + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(value[index], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** One block of `splitCards`, read. */
export function readCard(block: { line: number; text: string }): ReadCard {
  const card: ReadCard = {
    line: block.line, uid: null, fn: null, n: null, tels: [], emails: [], bday: null, note: null, org: null, title: null, role: null, unreadable: null,
  };
  let properties: JCardProperty[];
  try {
    const parsed = ICAL.parse(block.text) as unknown as [string, JCardProperty[], unknown[]];
    properties = parsed[1];
  } catch (error) {
    card.unreadable = `The card begun on line ${block.line} cannot be read: ${(error as Error).message}.`;
    return card;
  }
  for (const [name, params, , ...values] of properties) {
    const quoted = String(params.encoding ?? '').toUpperCase() === 'QUOTED-PRINTABLE';
    const text = (value: unknown): string => {
      const raw = Array.isArray(value) ? value.map(String).join(' ') : String(value ?? '');
      // ical.js leaves `\;` of a text value as it is; RFC 6350 reads it as `;`.
      const plain = raw.replace(/\\;/g, ';');
      return quoted ? decodeQuotedPrintable(plain) : plain;
    };
    const parts = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map((part) => text(part));
    const first = values[0];
    const types = [params.type ?? []].flat().flatMap((type) => String(type).toLowerCase().split(','));
    switch (name) {
      case 'uid': card.uid = text(first); break;
      case 'fn': card.fn ??= text(first); break;
      case 'n': {
        const [family = '', given = '', additional = ''] = parts(first);
        card.n ??= { family, given, additional };
        break;
      }
      case 'tel': for (const value of values) card.tels.push({ value: text(value), types }); break;
      case 'email': for (const value of values) card.emails.push({ value: text(value), types }); break;
      case 'bday': card.bday ??= text(first); break;
      case 'note': card.note = card.note === null ? text(first) : `${card.note}\n${text(first)}`; break;
      case 'org': card.org ??= parts(first)[0] ?? null; break;
      case 'title': card.title ??= text(first); break;
      case 'role': card.role ??= text(first); break;
      default: break;
    }
  }
  return card;
}

/** A whole file read: its cards in order. Throws VCardFileError when the text is not a vCard file. */
export const readCards = (text: string): ReadCard[] => splitCards(text).map(readCard);
