import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/api.js';
import { keyOf } from './lib/global-id.js';

/** `GET /schema.graphql`: the SDL client code generators and IDE plugins read, to API keys only. */
let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const schemaUrl = () => api.url.replace('/graphql', '/schema.graphql');

it('serves the schema as SDL to a key, the same schema introspection describes', async () => {
  const viewerKey = await api.keyFor('VIEWER');
  const response = await fetch(schemaUrl(), { headers: { authorization: `Bearer ${viewerKey}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  const sdl = await response.text();
  expect(sdl).toMatch(/^"""[\s\S]*type Counterparty implements Node/m);

  const introspected = await api.request(getIntrospectionQuery({ specifiedByUrl: true }));
  expect(introspected.errors).toBeUndefined();
  expect(printSchema(buildSchema(sdl))).toBe(printSchema(buildClientSchema(introspected.data as IntrospectionQuery)));
});

it('refuses a request without a valid key with 401, as the API does', async () => {
  const anonymous = await fetch(schemaUrl());
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
  expect((await fetch(schemaUrl(), { headers: { authorization: 'Bearer crm_not_a_key' } })).status).toBe(401);
  expect((await fetch(schemaUrl(), { method: 'POST' })).status).toBe(404);
});

it('serves the partner portal\'s own schema to partner keys, and each schema only to its own keys', async () => {
  const partner = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Schema reader' }, 'counterparty { id }')).counterparty.id;
  const partnerKey = await api.partnerKeyFor(keyOf(partner, 'Counterparty')!);
  const portalSchemaUrl = api.portalUrl.replace('/graphql', '/schema.graphql');
  const portal = await fetch(portalSchemaUrl, { headers: { authorization: `Bearer ${partnerKey}` } });
  expect(portal.status).toBe(200);
  const sdl = await portal.text();
  expect(sdl).toContain('type Organisation implements Node');
  expect(sdl).not.toContain('type Employee');

  expect((await fetch(schemaUrl(), { headers: { authorization: `Bearer ${partnerKey}` } })).status).toBe(403);
  expect((await fetch(portalSchemaUrl, { headers: { authorization: `Bearer ${api.adminKey}` } })).status).toBe(403);
});
