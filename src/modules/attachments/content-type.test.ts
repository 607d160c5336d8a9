import { describe, expect, it } from 'vitest';
import { checkContentType, detectContentType, looksLikeText } from './content-type.js';

const bytes = (...values: number[]) => Buffer.from(values);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const ZIP = Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), Buffer.from('[Content_Types].xml')]);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
const BINARY = bytes(0x00, 0x01, 0x02, 0xfe, 0x10, 0x00);

describe('content types', () => {
  it('detects the common kinds by their first bytes', () => {
    expect(detectContentType(PDF)).toBe('application/pdf');
    expect(detectContentType(PNG)).toBe('image/png');
    expect(detectContentType(JPEG)).toBe('image/jpeg');
    expect(detectContentType(Buffer.from('GIF89a\x01\x00'))).toBe('image/gif');
    expect(detectContentType(Buffer.concat([Buffer.from('RIFF'), bytes(0, 0, 0, 0), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(detectContentType(Buffer.concat([bytes(0, 0, 0, 0x18), Buffer.from('ftypheic')]))).toBe('image/heic');
    expect(detectContentType(ZIP)).toBe('application/zip');
    expect(detectContentType(OLE)).toBe('application/x-ole-storage');
    expect(detectContentType(Buffer.from('Звернення №5: котел не запускається.\r\n'))).toBe('text/plain');
    expect(detectContentType(BINARY)).toBeNull();
    expect(detectContentType(Buffer.alloc(0))).toBeNull();
  });

  it('takes UTF-8 cut at the sample end as text, and invalid UTF-8 or NULs as not', () => {
    const text = Buffer.from('абв');
    expect(looksLikeText(text.subarray(0, text.length - 1))).toBe(true);
    expect(looksLikeText(bytes(0x61, 0xc3, 0x28))).toBe(false);
    expect(looksLikeText(bytes(0x61, 0x00, 0x62))).toBe(false);
    expect(looksLikeText(Buffer.from('latin-1 caf\xe9 au lait', 'latin1'))).toBe(false);
  });

  it('accepts a declared type the bytes agree with, keeping it (with its parameters) as the type served', () => {
    expect(checkContentType('application/pdf', PDF)).toEqual({ ok: true, contentType: 'application/pdf', detected: 'application/pdf' });
    expect(checkContentType('image/JPG', JPEG)).toMatchObject({ ok: true, contentType: 'image/JPG' });
    expect(checkContentType('application/vnd.openxmlformats-officedocument.wordprocessingml.document', ZIP))
      .toMatchObject({ ok: true, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', detected: 'application/zip' });
    expect(checkContentType('application/vnd.ms-excel', OLE)).toMatchObject({ ok: true });
    expect(checkContentType('text/csv; charset=utf-8', Buffer.from('a;b\n1;2\n'))).toMatchObject({ ok: true, contentType: 'text/csv; charset=utf-8' });
  });

  it('serves what the bytes are when the declared type is generic', () => {
    expect(checkContentType('application/octet-stream', PNG)).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(checkContentType('', BINARY)).toMatchObject({ ok: true, contentType: 'application/octet-stream', detected: null });
  });

  it('refuses a declared type the bytes contradict, saying what they are', () => {
    expect(checkContentType('image/png', PDF)).toEqual({ ok: false, detected: 'application/pdf', message: 'The file was declared image/png but its bytes are application/pdf.' });
    expect(checkContentType('application/pdf', Buffer.from('just words'))).toMatchObject({ ok: false, message: 'The file was declared application/pdf but its bytes are text.' });
    expect(checkContentType('application/pdf', BINARY)).toMatchObject({ ok: false, message: 'The file was declared application/pdf but its bytes are not application/pdf.' });
    expect(checkContentType('text/plain', BINARY)).toMatchObject({ ok: false, message: 'The file was declared text/plain but its bytes are not text.' });
    expect(checkContentType('text/plain', JPEG)).toMatchObject({ ok: false });
  });

  it('lets a type it knows no signature of through on bytes of no known kind', () => {
    expect(checkContentType('application/x-autocad', BINARY)).toMatchObject({ ok: true, contentType: 'application/x-autocad', detected: null });
    expect(checkContentType('application/rtf', Buffer.from('{\\rtf1\\ansi'))).toMatchObject({ ok: true, detected: 'text/plain' });
  });
});
