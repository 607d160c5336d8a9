/**
 * What a file's first bytes say it is, and whether that contradicts the content type its client
 * declared. A table of ours rather than a library: the question is only "does the label lie?" for
 * the types a CRM's attachments are (documents, scans, photos, archives, text), each told by a
 * fixed signature at the start; OOXML and ODF documents are ZIP archives to this check.
 */

/** Bytes of a file's start the check looks at. */
export const SAMPLE_BYTES = 4096;

interface Signature {
  type: string;
  /** Declared types these bytes agree with, besides `type` itself. */
  family: readonly string[];
  /** Declared types that start with one of these agree too. */
  familyPrefixes?: readonly string[];
  matches(sample: Buffer): boolean;
}

const startsWith = (sample: Buffer, bytes: readonly number[], at = 0) =>
  sample.length >= at + bytes.length && bytes.every((byte, i) => sample[at + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { type: 'application/pdf', family: ['application/x-pdf'], matches: (s) => startsWith(s, ascii('%PDF-')) },
  { type: 'image/png', family: [], matches: (s) => startsWith(s, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', family: ['image/jpg', 'image/pjpeg'], matches: (s) => startsWith(s, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', family: [], matches: (s) => startsWith(s, ascii('GIF87a')) || startsWith(s, ascii('GIF89a')) },
  { type: 'image/webp', family: [], matches: (s) => startsWith(s, ascii('RIFF')) && startsWith(s, ascii('WEBP'), 8) },
  { type: 'image/tiff', family: [], matches: (s) => startsWith(s, [0x49, 0x49, 0x2a, 0x00]) || startsWith(s, [0x4d, 0x4d, 0x00, 0x2a]) },
  {
    type: 'image/heic', family: ['image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    matches: (s) => startsWith(s, ascii('ftyp'), 4) && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].some((brand) => startsWith(s, ascii(brand), 8)),
  },
  {
    // Office Open XML (docx, xlsx, pptx), OpenDocument, EPUB and JARs are ZIP archives.
    type: 'application/zip',
    family: ['application/x-zip-compressed', 'application/x-zip', 'application/epub+zip', 'application/java-archive'],
    familyPrefixes: ['application/vnd.openxmlformats-officedocument.', 'application/vnd.oasis.opendocument.', 'application/vnd.ms-excel.sheet.macroenabled', 'application/vnd.ms-word.document.macroenabled'],
    matches: (s) => startsWith(s, [0x50, 0x4b, 0x03, 0x04]) || startsWith(s, [0x50, 0x4b, 0x05, 0x06]),
  },
  {
    // The compound file of Office 97–2003 documents (doc, xls, ppt) and Outlook messages.
    type: 'application/x-ole-storage',
    family: ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint', 'application/vnd.ms-outlook'],
    matches: (s) => startsWith(s, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
];

/** Declared types that say nothing about the bytes: the detected type is used instead. */
const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/** Declared types that promise text. */
const isTextType = (essence: string) =>
  essence.startsWith('text/') || ['application/json', 'application/xml', 'application/csv', 'application/javascript', 'image/svg+xml'].includes(essence)
  || essence.endsWith('+json') || essence.endsWith('+xml');

/** A content type without its parameters, lower-case: `text/plain; charset=utf-8` → `text/plain`. */
export const essenceOf = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

/**
 * Whether `sample` reads as text: UTF-8 (a sequence cut at the sample's end aside) with no NUL
 * and few control characters.
 */
export function looksLikeText(sample: Buffer): boolean {
  let controls = 0;
  let i = 0;
  while (i < sample.length) {
    const byte = sample[i];
    if (byte === 0) return false;
    if (byte < 0x80) {
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
      i += 1;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    if (length === 0 || byte > 0xf4) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= sample.length) return true; // cut at the sample's end
      if ((sample[i + k] & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return controls * 100 <= sample.length;
}

/** The type the bytes of `sample` (a file's start) show: a signature's type, `text/plain`, or null for bytes of no known kind. */
export function detectContentType(sample: Buffer): string | null {
  const signature = SIGNATURES.find((candidate) => candidate.matches(sample));
  if (signature) return signature.type;
  return sample.length > 0 && looksLikeText(sample) ? 'text/plain' : null;
}

export type ContentTypeCheck =
  | { ok: true; contentType: string; detected: string | null }
  | { ok: false; detected: string | null; message: string };

const signatureOf = (type: string) => SIGNATURES.find((signature) => signature.type === type);
const agrees = (signature: Signature, essence: string) =>
  essence === signature.type || signature.family.includes(essence) || (signature.familyPrefixes ?? []).some((prefix) => essence.startsWith(prefix));

/**
 * Checks the `declared` content type against a file's first bytes. It contradicts them when the
 * bytes carry a known signature the declared type does not belong to, when the declared type has
 * a signature the bytes lack, or when it promises text and the bytes are not. A type we know no
 * signature of passes on bytes of no known kind (it cannot be checked). The type served is the
 * declared one when it agrees, the detected one when the declared one is generic.
 */
export function checkContentType(declared: string, sample: Buffer): ContentTypeCheck {
  const essence = essenceOf(declared);
  const detected = detectContentType(sample);
  if (GENERIC.has(essence)) return { ok: true, contentType: detected ?? 'application/octet-stream', detected };
  const refuse = (what: string) => ({ ok: false as const, detected, message: `The file was declared ${essence} but its bytes are ${what}.` });
  const shown = detected === null ? null : signatureOf(detected);
  if (shown) return agrees(shown, essence) ? { ok: true, contentType: declared, detected } : refuse(detected!);
  const expected = SIGNATURES.find((signature) => agrees(signature, essence));
  if (expected) return refuse(detected === 'text/plain' ? 'text' : sample.length === 0 ? 'empty' : `not ${expected.type}`);
  if (isTextType(essence) && sample.length > 0 && detected !== 'text/plain') return refuse('not text');
  return { ok: true, contentType: declared, detected };
}
