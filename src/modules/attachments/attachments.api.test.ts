import { createHash, randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentParts, attachments } from '../../db/schema/index.js';
import { keyOf, toGlobalId } from '../../lib/global-id.js';
import { fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { multipartRequest, type FilePart } from '../../testing/multipart.js';
import { signUpload } from './upload-url.js';

const SECRET = 'attachments-test-secret-of-32-characters!';
let api: TestApi;
let origin: string;
beforeAll(async () => {
  api = await startTestApi({ uploadUrlSecret: SECRET });
  origin = new URL(api.url).origin;
});
afterAll(async () => { await api?.stop(); });

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

const ATTACHMENT = 'id fileName contentType declaredContentType detectedContentType size sha256 uploadedAt downloadUrl owner { id }';
const UPLOAD = `mutation($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { ${ATTACHMENT} } userErrors { field code message } } }`;

let serial = 0;
const appeal = async (target = api) =>
  (await target.mutate('registerAppeal', { subject: `Broken boiler ${++serial}`, channel: 'PHONE' }, 'appeal { id }')).appeal.id as string;

/** A GraphQL multipart request to the staff API (or `target`'s), with an ADMIN key unless another is given. */
const multipart = (
  query: string, variables: Record<string, unknown>, files: Record<string, { paths: string[]; file: FilePart }>,
  { key = api.adminKey, preflight = true, target = api }: { key?: string | null; preflight?: boolean; target?: TestApi } = {},
) => multipartRequest(target.url, key, query, variables, files, { preflight });

const upload = async (ownerId: string, file: FilePart, options: Parameters<typeof multipart>[3] = {}) => {
  const { status, body } = await multipart(UPLOAD, { input: { ownerId, file: null } }, { 0: { paths: ['variables.input.file'], file } }, options);
  const payload = body.data?.uploadAttachment;
  return { status, body, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};

const download = (path: string, key: string | null = api.adminKey, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers } });

/** Rows in the attachments' tables, PENDING ones too. */
const stored = async (target = api) => {
  const [files] = await target.db.select({ n: sql<number>`count(*)::int` }).from(attachments);
  const [parts] = await target.db.select({ n: sql<number>`count(*)::int` }).from(attachmentParts);
  return { attachments: files.n, parts: parts.n };
};

describe('uploading by the GraphQL multipart request spec', () => {
  it('stores a file in parts with its size, SHA-256 and checked type, and downloads the same bytes', async () => {
    const appealId = await appeal();
    const data = pdf(600 * 1024);
    const name = 'Акт огляду №5 (копія).pdf';
    const { payload, errors } = await upload(appealId, { name, type: 'application/pdf', data });
    expect(errors).toEqual([]);
    const attachment = payload.attachment;
    expect(attachment).toMatchObject({
      fileName: name, contentType: 'application/pdf', declaredContentType: 'application/pdf', detectedContentType: 'application/pdf',
      size: data.length, sha256: sha256(data), owner: { id: appealId },
    });
    expect(attachment.downloadUrl).toBe(`/attachments/${attachment.id}`);
    // 600 KiB in parts of 256 KiB.
    const [{ parts }] = await api.db.select({ parts: sql<number>`count(*)::int` }).from(attachmentParts)
      .where(sql`${attachmentParts.attachmentId} = ${keyOf(attachment.id, 'Attachment')}`);
    expect(parts).toBe(3);

    const response = await download(attachment.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(data.length));
    expect(response.headers.get('etag')).toBe(`"${sha256(data)}"`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="___ ______ _5 (_____).pdf"; filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
    const again = await download(attachment.downloadUrl, api.adminKey, { 'if-none-match': `"${sha256(data)}"` });
    expect(again.status).toBe(304);

    const read = await api.request(`query($id: ID!) { appeal(id: $id) { attachments { ${ATTACHMENT} } } node(id: "${attachment.id}") { ... on Attachment { fileName } } }`, { id: appealId });
    expect(read.data.appeal.attachments).toEqual([attachment]);
    expect(read.data.node).toEqual({ fileName: name });
  });

  it('stores two files of one request, each for its own field, in the order sent', async () => {
    const appealId = await appeal();
    const first = Buffer.from('first file\n');
    const second = pdf(1000);
    const { body } = await multipart(
      `mutation($a: UploadAttachmentInput!, $b: UploadAttachmentInput!) {
        a: uploadAttachment(input: $a) { attachment { fileName size sha256 contentType } userErrors { code } }
        b: uploadAttachment(input: $b) { attachment { fileName size sha256 contentType } userErrors { code } }
      }`,
      { a: { ownerId: appealId, file: null }, b: { ownerId: appealId, file: null } },
      {
        1: { paths: ['variables.a.file'], file: { name: 'notes.txt', type: 'text/plain', data: first } },
        2: { paths: ['variables.b.file'], file: { name: 'scan.pdf', type: 'application/octet-stream', data: second } },
      },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.a.attachment).toEqual({ fileName: 'notes.txt', size: first.length, sha256: sha256(first), contentType: 'text/plain' });
    // A generic declared type is replaced by what the bytes are.
    expect(body.data.b.attachment).toEqual({ fileName: 'scan.pdf', size: 1000, sha256: sha256(second), contentType: 'application/pdf' });
  });

  it('skips a file sent before the one a resolver waits for, instead of waiting for ever', async () => {
    const appealId = await appeal();
    const { body } = await multipart(
      `mutation($a: UploadAttachmentInput!, $b: UploadAttachmentInput!) {
        a: uploadAttachment(input: $a) { attachment { fileName } userErrors { code } }
        b: uploadAttachment(input: $b) { attachment { fileName } userErrors { code } }
      }`,
      { a: { ownerId: appealId, file: null }, b: { ownerId: appealId, file: null } },
      {
        1: { paths: ['variables.b.file'], file: { name: 'sent-first.txt', type: 'text/plain', data: Buffer.from('first') } },
        2: { paths: ['variables.a.file'], file: { name: 'sent-second.txt', type: 'text/plain', data: Buffer.from('second') } },
      },
    );
    // The payload is not nullable: b's error takes the whole answer's data, but a's file was stored.
    expect(body.errors?.map((error) => [error.path, error.message])).toEqual([[['b'], 'The file "1" was skipped: files are read in the order the request sends them.']]);
    const read = await api.request('query($id: ID!) { appeal(id: $id) { attachments { fileName } } }', { id: appealId });
    expect(read.data.appeal.attachments).toEqual([{ fileName: 'sent-second.txt' }]);
  });

  it('refuses a file whose bytes contradict its declared type, and an owner that does not exist or takes no files, writing nothing', async () => {
    const appealId = await appeal();
    const before = await stored();
    const mismatch = await upload(appealId, { name: 'photo.png', type: 'image/png', data: pdf(10_000) });
    expect(mismatch.errors).toEqual([['input.file', 'CONTENT_TYPE_MISMATCH']]);
    expect(mismatch.payload.userErrors[0].message).toBe('The file was declared image/png but its bytes are application/pdf. Nothing was stored.');
    const unknown = await upload(toGlobalId('Appeal', 999_999), { name: 'a.txt', type: 'text/plain', data: Buffer.from('hello') });
    expect(unknown.errors).toEqual([['input.ownerId', 'NOT_FOUND']]);
    const counterparty = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'No files here' }, 'counterparty { id }')).counterparty.id;
    const wrongKind = await upload(counterparty, { name: 'a.txt', type: 'text/plain', data: Buffer.from('hello') });
    expect(wrongKind.errors).toEqual([['input.ownerId', 'WRONG_TYPE']]);
    expect(await stored()).toEqual(before);
  });

  it('takes files from a MANAGER key or better, with the preflight header Apollo asks of a multipart request', async () => {
    const appealId = await appeal();
    const before = await stored();
    const file = { name: 'a.txt', type: 'text/plain', data: Buffer.from('hello') };
    const csrf = await upload(appealId, file, { preflight: false });
    expect(csrf.status).toBe(400);
    expect(csrf.body.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
    const viewer = await upload(appealId, file, { key: await api.keyFor('VIEWER') });
    expect(viewer.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await upload(appealId, file, { key: null });
    expect(anonymous.status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('refuses a request that breaks the spec', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminKey}`, 'apollo-require-preflight': 'true', 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\ncontent-disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n',
    });
    expect(response.status).toBe(400);
    expect((await response.json() as any).errors[0].message).toBe('A multipart GraphQL request sends the field "operations", then "map", then its files.');
    const literal = await api.request('mutation { uploadAttachment(input: { ownerId: "x", file: "y" }) { userErrors { code } } }');
    expect(literal.errors?.[0].message).toMatch(/Upload cannot be written in the query/);
  });
});

describe('the upload limit', () => {
  let small: TestApi;
  beforeAll(async () => { small = await startTestApi({ maxUploadBytes: 1000 }); });
  afterAll(async () => { await small?.stop(); });

  it('refuses a file over MAX_UPLOAD_BYTES naming the field and the limit, with nothing written', async () => {
    const appealId = await appeal(small);
    const before = await stored(small);
    const exact = await upload(appealId, { name: 'exact.pdf', type: 'application/pdf', data: pdf(1000) }, { key: small.adminKey, target: small });
    expect(exact.errors).toEqual([]);
    const over = await upload(appealId, { name: 'big.pdf', type: 'application/pdf', data: pdf(5000) }, { key: small.adminKey, target: small });
    expect(over.errors).toEqual([['input.file', 'TOO_LARGE']]);
    expect(over.payload.userErrors[0].message).toBe('The file in input.file is larger than MAX_UPLOAD_BYTES (1000 bytes); nothing was stored.');
    const after = await stored(small);
    expect(after).toEqual({ attachments: before.attachments + 1, parts: before.parts + 1 });
    const url = await small.request('mutation($input: CreateAttachmentUploadUrlInput!) { createAttachmentUploadUrl(input: $input) { uploadUrl userErrors { field code message } } }',
      { input: { ownerId: appealId, fileName: 'big.pdf', contentType: 'application/pdf', size: 1001 } });
    expect(fieldsAndCodes(url.data.createAttachmentUploadUrl.userErrors)).toEqual([['input.size', 'TOO_LARGE']]);
  });
});

describe('signed upload URLs', () => {
  const CREATE = 'mutation($input: CreateAttachmentUploadUrlInput!) { createAttachmentUploadUrl(input: $input) { attachmentId uploadUrl expiresAt userErrors { field code message } } }';
  const create = async (input: Record<string, unknown>) => {
    const result = await api.request(CREATE, { input });
    expect(result.data.createAttachmentUploadUrl.userErrors).toEqual([]);
    return result.data.createAttachmentUploadUrl as { attachmentId: string; uploadUrl: string; expiresAt: string };
  };
  const put = (path: string, data: Buffer) => fetch(`${origin}${path}`, { method: 'PUT', body: data });

  it('stores the bytes PUT once, without an API key, and answers the attachment', async () => {
    const appealId = await appeal();
    const data = pdf(300 * 1024);
    const made = await create({ ownerId: appealId, fileName: 'Рахунок.pdf', contentType: 'application/pdf', size: data.length });
    expect(made.uploadUrl).toMatch(/^\/attachments\/upload\/\d+\.\d+\.[\w-]{43}$/);
    expect(new Date(made.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // Not an attachment until its bytes are stored.
    expect((await api.request(`query($id: ID!) { appeal(id: $id) { attachments { id } } }`, { id: appealId })).data.appeal.attachments).toEqual([]);

    const response = await put(made.uploadUrl, data);
    expect(response.status).toBe(200);
    const attachment = await response.json() as any;
    expect(attachment).toMatchObject({ id: made.attachmentId, fileName: 'Рахунок.pdf', contentType: 'application/pdf', size: data.length, sha256: sha256(data) });
    const downloaded = await download(attachment.downloadUrl);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(data)).toBe(true);

    const reused = await put(made.uploadUrl, data);
    expect(reused.status).toBe(409);
    expect((await reused.json() as any).errors[0].message).toBe('This upload URL has been used already; each is used once.');
  });

  it('refuses an expired URL, a changed one, and bytes other than declared, writing nothing', async () => {
    const appealId = await appeal();
    const data = Buffer.from('plain words\n');
    const made = await create({ ownerId: appealId, fileName: 'a.txt', contentType: 'text/plain', size: data.length });
    const [key] = made.uploadUrl.slice('/attachments/upload/'.length).split('.');
    const before = await stored();

    const expired = await put(`/attachments/upload/${signUpload(SECRET, Number(key), new Date(Date.now() - 1000))}`, data);
    expect(expired.status).toBe(403);
    expect((await expired.json() as any).errors[0].message).toMatch(/has expired/);
    const otherKey = made.uploadUrl.replace(`/upload/${key}.`, `/upload/${Number(key) + 1}.`);
    const tampered = await put(otherKey, data);
    expect(tampered.status).toBe(403);
    expect((await tampered.json() as any).errors[0].message).toMatch(/not valid/);
    const forged = await put(`/attachments/upload/${signUpload('another-secret-of-at-least-32-chars', Number(key), new Date(Date.now() + 60_000))}`, data);
    expect(forged.status).toBe(403);

    const shorter = await put(made.uploadUrl, data.subarray(1));
    expect(shorter.status).toBe(400);
    const binary = await put(made.uploadUrl, Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(binary.status).toBe(415);
    expect((await binary.json() as any).errors[0]).toEqual({ message: 'The file was declared text/plain but its bytes are not text. Nothing was stored.', extensions: { code: 'CONTENT_TYPE_MISMATCH' } });
    expect(await stored()).toEqual(before);

    // Still unused after all that: the right bytes are taken.
    expect((await put(made.uploadUrl, data)).status).toBe(200);
  });
});

describe('downloading', () => {
  it('needs an API key, and answers 404 for an id that names no attachment', async () => {
    const appealId = await appeal();
    const { payload } = await upload(appealId, { name: 'a.txt', type: 'text/plain', data: Buffer.from('hello') });
    const path = payload.attachment.downloadUrl;
    const anonymous = await download(path, null);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json() as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(path, 'crm_unknown')).status).toBe(401);
    expect((await download(`/attachments/${toGlobalId('Attachment', 999_999)}`)).status).toBe(404);
    expect((await download(`/attachments/${appealId}`)).status).toBe(404);
    expect((await download('/attachments/nonsense')).status).toBe(404);
    // Any staff role reads what it may read the record of.
    const viewer = await download(path, await api.keyFor('VIEWER'));
    expect(await viewer.text()).toBe('hello');
  });

  it('deletes an attachment with its bytes', async () => {
    const appealId = await appeal();
    const { payload } = await upload(appealId, { name: 'a.pdf', type: 'application/pdf', data: pdf(300_000) });
    const before = await stored();
    const deleted = await api.mutate('deleteAttachment', { id: payload.attachment.id }, 'deletedAttachmentId');
    expect(deleted.deletedAttachmentId).toBe(payload.attachment.id);
    expect(await stored()).toEqual({ attachments: before.attachments - 1, parts: before.parts - 2 });
    expect((await download(payload.attachment.downloadUrl)).status).toBe(404);
    const again = await api.request('mutation($input: DeleteAttachmentInput!) { deleteAttachment(input: $input) { deletedAttachmentId } }', { input: { id: payload.attachment.id } });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('streams a 5 MiB file in and out without holding it in memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const size = 5 * 1_048_576;
    const chunk = randomBytes(64 * 1024);
    const expected = createHash('sha256');
    for (let sent = 0; sent < size; sent += chunk.length) expected.update(chunk);
    const live = () => { gc(); const usage = process.memoryUsage(); return usage.heapUsed + usage.arrayBuffers; };
    // The same requests once with a small file first: what they cost whatever the file's size
    // (compiled operations, connections opened, buffers sized) is not what is measured.
    const warmUp = await upload(await appeal(), { name: 'small.bin', type: 'application/octet-stream', data: chunk });
    await (await download(warmUp.payload.attachment.downloadUrl)).arrayBuffer();
    const baseline = live();
    let peak = baseline;
    const sampler = setInterval(() => { peak = Math.max(peak, live()); }, 20);
    try {
      const uploaded = await upload(warmUp.payload.attachment.owner.id, {
        name: 'big.bin', type: 'application/octet-stream',
        async *data() { for (let sent = 0; sent < size; sent += chunk.length) yield chunk; },
      });
      expect(uploaded.errors).toEqual([]);
      expect(uploaded.payload.attachment).toMatchObject({ size, sha256: expected.digest('hex') });
      const response = await download(uploaded.payload.attachment.downloadUrl);
      const hash = createHash('sha256');
      let received = 0;
      for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) {
        hash.update(part);
        received += part.length;
      }
      expect(received).toBe(size);
      expect(hash.digest('hex')).toBe(uploaded.payload.attachment.sha256);
    } finally {
      clearInterval(sampler);
    }
    // Client and server share this process: neither end held the file whole. An embedded PGlite
    // keeps its database (the file, and its write-ahead log) in this process's memory too, so
    // there the bound is only checked on PostgreSQL, where the process holds what the code holds.
    if (api.driver === 'postgres') expect(peak - baseline).toBeLessThan(size);
  }, 60_000);
});

describe('Appeal.attachments', () => {
  it('reads the attachments of a page of appeals in one statement, however many appeals', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const appealId = await appeal();
      ids.push(appealId);
      for (let k = 0; k <= i % 2; k++) await upload(appealId, { name: `f${i}${k}.txt`, type: 'text/plain', data: Buffer.from(`file ${i} ${k}`) });
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Appeal { id attachments { id fileName size } } } }`;
    const one = await api.request(query, { ids: ids.slice(0, 1) });
    const four = await api.request(query, { ids });
    expect(one.data.nodes[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['f00.txt']);
    expect(four.data.nodes.map((n: { attachments: unknown[] }) => n.attachments.length)).toEqual([1, 2, 1, 2]);
    expect(four.data.nodes[3].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['f30.txt', 'f31.txt']);
    expect(four.statements).toBe(one.statements);
  });
});
