import { describe, expect, it } from 'vitest';
import { readCards, VCardFileError } from './vcard-read.js';
import { compound, escapeText, foldLine, vcardText } from './vcard-text.js';

describe('vCard text', () => {
  it('escapes backslashes, commas, semicolons and line breaks', () => {
    expect(escapeText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
    expect(compound(['Шевченко', 'Тарас;Г.', null])).toBe('Шевченко;Тарас\\;Г.;');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    for (const line of ['NOTE:' + 'Дуже довгий рядок '.repeat(12), 'NOTE:' + 'a'.repeat(200), 'NOTE:x' + '😀'.repeat(60)]) {
      const physical = foldLine(line).split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const [index, part] of physical.entries()) {
        expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        if (index > 0) expect(part.startsWith(' ')).toBe(true);
        expect(part).not.toContain('\uFFFD');
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      }
      expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    }
  });

  it('writes CRLF lines that read back to the same values', () => {
    const note = 'Мовою: «так, ні; може»\\ ' + 'довго '.repeat(30) + '\nдругий рядок';
    const text = vcardText([{ name: 'FN', value: escapeText('Іванов Іван') }, { name: 'N', value: compound(['Іванов', 'Іван', '', '', '']) }, { name: 'NOTE', value: escapeText(note) }]);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [card] = readCards(text);
    expect(card).toMatchObject({ fn: 'Іванов Іван', n: { family: 'Іванов', given: 'Іван' }, note, unreadable: null });
  });
});

describe('vCard reading', () => {
  it('reads a 3.0 card with folded lines, types and a quoted-printable 2.1 card', () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:3.0', 'N:Шевченко;Тарас;Григорович;;', 'FN:Тарас Шевченко',
      'TEL;TYPE=CELL,VOICE:+380 67 123 45 67', 'TEL;HOME:044 123 45 67', 'EMAIL;TYPE=INTERNET,WORK:taras@example.com',
      'BDAY:1814-03-09', 'TITLE:Поет і ', ' художник', 'UID:kobzar-1', 'END:VCARD',
      '',
      'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=86=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2;=D0=86=',
      '=D0=B2=D0=B0=D0=BD;;;', 'END:VCARD',
    ].join('\n');
    const [first, second] = readCards(text);
    expect(first).toMatchObject({
      line: 1, uid: 'kobzar-1', n: { family: 'Шевченко', given: 'Тарас', additional: 'Григорович' }, title: 'Поет і художник',
      tels: [{ value: '+380 67 123 45 67', types: ['cell', 'voice'] }, { value: '044 123 45 67', types: ['home'] }],
      emails: [{ value: 'taras@example.com', types: ['internet', 'work'] }], bday: '1814-03-09',
    });
    expect(second).toMatchObject({ line: 14, n: { family: 'Іванов', given: 'Іван' }, unreadable: null });
  });

  it('fails one unreadable card alone, and text that is no vCard file as a whole', () => {
    const cards = readCards('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nno colon here\r\nEND:VCARD\r\n');
    expect(cards[0].unreadable).toBeNull();
    expect(cards[1].unreadable).toMatch(/line 5 cannot be read/);
    expect(() => readCards('hello')).toThrow(VCardFileError);
    expect(() => readCards('')).toThrow(/holds no card/);
    expect(() => readCards('BEGIN:VCARD\nFN:A\n')).toThrow(/line 1 has no END:VCARD/);
    expect(() => readCards('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n')).toThrow(/Line 3 begins a card inside/);
  });
});
