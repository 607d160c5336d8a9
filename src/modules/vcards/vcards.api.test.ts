import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';
import { readCards } from './vcard-read.js';

let api: TestApi;
let acme: string;
let globex: string;
beforeAll(async () => {
  api = await startTestApi();
  acme = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Acme; Sons, Ltd' }, 'counterparty { id }')).counterparty.id;
  globex = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Globex' }, 'counterparty { id }')).counterparty.id;
});
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importVCards');
const importText = async (text: string, options: object = {}) => {
  const result = await api.request(IMPORT, { input: { text, ...options } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.importVCards;
};

const createPerson = async (input: Record<string, unknown>) =>
  (await api.mutate('createPerson', input, 'person { id }')).person.id as string;

const PERSON = `query($id: ID!) { person(id: $id) {
  id externalId lastName firstName middleName birthday notes version
  phones { kind number extension } emails { kind address }
  positions { counterparty { id } title role endDate }
} }`;
const person = async (id: string) => (await api.request(PERSON, { id })).data.person;

const download = (id: string, key: string | null = api.adminKey) =>
  fetch(api.url.replace(/\/graphql$/, `/vcard/${id}`), { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('vCard export', () => {
  let taras: string;
  beforeAll(async () => {
    taras = await createPerson({
      lastName: 'Шевченко', firstName: 'Тарас', middleName: 'Григорович', birthday: '1914-03-09',
      notes: 'Пише вірші; малює,\nа також \\ гравюри. ' + 'Дуже довга примітка. '.repeat(6),
      phones: [{ kind: 'MOBILE', number: '+380 67 123 45 67' }, { kind: 'WORK', number: '+380 44 123 45 67', extension: '12' }],
      emails: [{ address: 'taras@example.com' }],
      positions: [{ counterpartyId: acme, title: 'Поет, художник', role: 'decision maker', isPrimary: true }],
    });
  });

  it('answers Person.vcard as vCard 4.0 with every field, escaped and folded', async () => {
    const { data } = await api.request(`query($id: ID!) { person(id: $id) { vcard updatedAt } }`, { id: taras });
    const text: string = data.person.vcard;
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nFN:Шевченко Тарас Григорович\r\n');
    expect(unfolded).toContain('\r\nN:Шевченко;Тарас;Григорович;;\r\n');
    expect(unfolded).toContain('\r\nORG:Acme\\; Sons\\, Ltd\r\n');
    expect(unfolded).toContain('\r\nTITLE:Поет\\, художник\r\n');
    expect(unfolded).toContain('\r\nTEL;TYPE=cell:+380 67 123 45 67\r\n');
    expect(unfolded).toContain('\r\nTEL;VALUE=uri;TYPE="work,voice":tel:+380441234567;ext=12\r\n');
    expect(unfolded).toContain('\r\nEMAIL;TYPE=work:taras@example.com\r\n');
    expect(unfolded).toContain('\r\nBDAY:19140309\r\n');
    expect(unfolded).toContain('NOTE:Пише вірші\\; малює\\,\\nа також \\\\ гравюри.');
    expect(unfolded).toContain(`\r\nUID;VALUE=text:${taras}\r\n`);
    expect(unfolded).toMatch(/\r\nREV:\d{8}T\d{6}Z\r\n/);
    expect(readCards(text)[0]).toMatchObject({ uid: taras, n: { family: 'Шевченко', given: 'Тарас', additional: 'Григорович' } });
  });

  it('serves GET /vcard/<id> with the API key, refusing no key, a partner key and unknown ids', async () => {
    const ok = await download(taras);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(ok.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Шевченко Тарас Григорович.vcf')}`);
    const { data } = await api.request(`query($id: ID!) { person(id: $id) { vcard } }`, { id: taras });
    expect(await ok.text()).toBe(data.person.vcard);

    const all = await download(acme);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-disposition')).toContain('Acme');
    expect(readCards(await all.text()).map((card) => card.uid)).toEqual([taras]);

    const anonymous = await download(taras, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const partner = await download(taras, await api.partnerKeyFor(1));
    expect(partner.status).toBe(403);
    expect(((await partner.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download('not-an-id')).status).toBe(404);
    expect((await download(Buffer.from('Person:999999').toString('base64url'))).status).toBe(404);
  });

  it('reads a counterparty\'s cards through loaders: statements do not grow with its persons', async () => {
    const initech = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Initech' }, 'counterparty { id }')).counterparty.id;
    const staff = async (counterpartyId: string, count: number) => {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        ids.push(await createPerson({ lastName: `Петренко ${index}`, positions: [{ counterpartyId, title: `Т${index}` }] }));
      }
      return ids;
    };
    const query = `query($ids: [ID!]!, $c: ID!) {
      counterparty(id: $c) { vcards persons { vcard } }
      nodes(ids: $ids) { ... on Person { vcard } }
    }`;
    const few = await api.request(query, { ids: await staff(initech, 2), c: initech });
    const many = await api.request(query, { ids: await staff(globex, 6), c: globex });
    expect(many.errors).toBeUndefined();
    const cards = readCards(many.data.counterparty.vcards);
    expect(cards).toHaveLength(6);
    expect(cards.every((card) => card.org === 'Globex')).toBe(true);
    expect(cards.map((card) => card.title).sort()).toEqual(['Т0', 'Т1', 'Т2', 'Т3', 'Т4', 'Т5']);
    expect(many.data.nodes.every((node: { vcard: string }) => node.vcard.includes('\r\nORG:Globex\r\n'))).toBe(true);
    expect(many.data.counterparty.persons.map((p: { vcard: string }) => p.vcard).join('')).toBe(many.data.counterparty.vcards);
    expect(many.statements).toBe(few.statements);
  });
});

describe('importVCards', () => {
  it('round-trips an exported card: the same person, UNCHANGED', async () => {
    const id = await createPerson({ lastName: 'Коваль', firstName: 'Олена', phones: [{ number: '067 111 22 33', kind: 'HOME' }], emails: [{ address: 'olena@example.com', kind: 'HOME' }], birthday: '1990-05-01' });
    const { data } = await api.request(`query($id: ID!) { person(id: $id) { vcard } }`, { id });
    const again = await importText(data.person.vcard);
    expect(again).toMatchObject({ unchanged: 1, created: 0, failed: 0 });
    expect(again.rows[0].id).toBe(id);
    expect(await person(id)).toMatchObject({ version: 1, externalId: null });
  });

  it('creates persons from a 3.0 file with several Cyrillic cards and folded lines, with positions, and a re-run changes nothing', async () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:3.0', 'N:Иванов;Иван;Иванович;;', 'FN:Иван Иванов', 'ORG:Globex',
      'TITLE:Главный бухгал', ' тер', 'TEL;TYPE=CELL:+7 916 123-45-67', 'EMAIL;TYPE=INTERNET:ivan@example.com',
      'BDAY:1980-01-31', 'NOTE:Звонить после 10\\, не в пятницу', 'UID:crm-test-ivanov', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Оксана Петрівна Бондаренко', 'UID:urn:uuid:5f1e7c3a-0000-4000-8000-000000000001', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'N:Franko;Ivan;;;', 'TEL;TYPE=work:+380 32 000 00 00', 'END:VCARD',
    ].join('\r\n');
    const first = await importText(text, { counterpartyId: globex });
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    expect(first.rows.map((row: { externalId: string }) => row.externalId.slice(0, 6))).toEqual(['crm-te', 'urn:uu', 'vcard-']);
    const ivan = await person(first.rows[0].id);
    expect(ivan).toMatchObject({
      externalId: 'crm-test-ivanov', lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', birthday: '1980-01-31',
      notes: 'Звонить после 10, не в пятницу', phones: [{ kind: 'MOBILE', number: '+7 916 123-45-67' }], emails: [{ kind: 'WORK', address: 'ivan@example.com' }],
      positions: [{ counterparty: { id: globex }, title: 'Главный бухгалтер', endDate: null }],
    });
    expect(await person(first.rows[1].id)).toMatchObject({ lastName: 'Бондаренко', firstName: 'Оксана', middleName: 'Петрівна' });

    const again = await importText(text, { counterpartyId: globex });
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);

    // A changed title updates the position there and leaves the person's other fields as they are.
    const retitled = await importText('BEGIN:VCARD\nVERSION:3.0\nN:Иванов;Иван;Иванович;;\nTITLE:Финансовый директор\nUID:crm-test-ivanov\nEND:VCARD\n', { counterpartyId: globex });
    expect(importStatuses(retitled)).toEqual(['UPDATED']);
    expect(await person(first.rows[0].id)).toMatchObject({ version: 2, birthday: '1980-01-31', positions: [{ title: 'Финансовый директор' }] });
  });

  it('fails a bad card among good ones, naming its property; atomic writes none', async () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Good One', 'UID:bad-among-good-1', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'TEL:+380 44 000 00 00', 'UID:bad-among-good-2', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Bad Phone', 'TEL:call me', 'BDAY:yesterday', 'UID:bad-among-good-3', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'this line is broken', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'N:Good;Two;;;', 'UID:bad-among-good-5', 'END:VCARD',
    ].join('\n');
    const atomic = await importText(text, { atomic: true });
    expect(importStatuses(atomic)).toEqual(['SKIPPED', 'FAILED', 'FAILED', 'FAILED', 'SKIPPED']);
    expect((await api.request(`{ personByExternalId(externalId: "bad-among-good-1") { id } }`)).data.personByExternalId).toBeNull();

    const payload = await importText(text);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(importRowErrors(payload, 1)).toEqual([['input.text.1.N', 'REQUIRED']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.text.2.BDAY', 'INVALID'], ['input.text.2.TEL.0.number', 'INVALID']]);
    expect(importRowErrors(payload, 3)).toEqual([['input.text.3', 'INVALID']]);
    expect(payload.rows[3].errors[0].message).toMatch(/line 18/);
  });

  it('refuses text that is not a vCard file as a whole, and a viewer key', async () => {
    for (const text of ['hello', '', 'BEGIN:VCARD\nFN:Open\n']) {
      const result = await api.request(IMPORT, { input: { text } });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions?.field).toEqual(['input', 'text']);
    }
    const viewer = await api.request(IMPORT, { input: { text: 'BEGIN:VCARD\nFN:X\nEND:VCARD\n' } }, { key: await api.keyFor('VIEWER') });
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
  });
});
