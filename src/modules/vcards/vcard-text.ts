/**
 * Writing vCard 4.0 text (RFC 6350): values escaped, lines folded at 75 octets without splitting a
 * UTF-8 character, CRLF line ends. Pure: no I/O, no knowledge of persons.
 */

/** One content line: `NAME;PARAM=value:value`. */
export interface VCardProperty {
  name: string;
  /** Parameter values, already safe (letters, digits, `-`, `,`): TYPE=work,voice. */
  params?: Record<string, string>;
  /** The value as written: escape text with `escapeText`, compound parts with `compound`. */
  value: string;
}

/** Text value (§3.4): backslash, comma, semicolon and line breaks escaped. */
export const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/** A compound value (N, ORG): each component escaped, joined by `;`. */
export const compound = (parts: ReadonlyArray<string | null | undefined>): string =>
  parts.map((part) => escapeText(part ?? '')).join(';');

const MAX_LINE_OCTETS = 75;

/**
 * Folds one logical line (§3.2): no physical line is longer than 75 octets, its CRLF aside; a
 * continuation line starts with a space, which counts. A character is never split, so a line of
 * Cyrillic (2 octets each) or emoji (4) breaks before the character that would not fit.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function contentLine({ name, params, value }: VCardProperty): string {
  const paramText = Object.entries(params ?? {}).map(([key, paramValue]) => `;${key}=${paramValue}`).join('');
  return `${name}${paramText}:${value}`;
}

/** One card, BEGIN to END, every line folded and ended by CRLF. */
export function vcardText(properties: readonly VCardProperty[]): string {
  const lines = [{ name: 'BEGIN', value: 'VCARD' }, { name: 'VERSION', value: '4.0' }, ...properties, { name: 'END', value: 'VCARD' }];
  return lines.map((property) => `${foldLine(contentLine(property))}\r\n`).join('');
}

/** A timestamp as REV wants it: UTC, basic format, `20270301T101500Z`. */
export const timestampValue = (at: Date): string => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** A date as BDAY takes it: basic format, `19850412`. */
export const dateValue = (isoDate: string): string => isoDate.replace(/-/g, '');
