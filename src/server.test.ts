import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, importMutation, startTestApi, type TestApi } from './testing/api.js';
import { keyOf } from './lib/global-id.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const post = (body: string, headers: Record<string, string> = {}) => fetch(api.url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}`, ...headers },
  body,
});

describe('HTTP safety', () => {
  it('refuses a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(1_100_000)}` }));
    expect(response.status).toBe(413);
    const body = await response.json() as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('reads a large body only from a known key', async () => {
    const padded = JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(100_000)}` });
    expect((await post(padded)).status).toBe(200);
    const anonymous = await fetch(api.url, { method: 'POST', body: padded, headers: { 'content-type': 'application/json' } });
    expect(anonymous.status).toBe(413);
    const small = await fetch(api.url, { method: 'POST', body: JSON.stringify({ query: '{ viewer { role } }' }), headers: { 'content-type': 'application/json' } });
    expect(small.status).toBe(401);
  });

  it('refuses a streamed (chunked) body over the limit with 413, not a reset', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query": "{ viewer { role } }", "pad": "'));
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(api.url, {
      method: 'POST', body, duplex: 'half',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]));
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { authorization: `Bearer ${api.adminKey}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });

  it('limits aliases', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
    const result = await api.request(query);
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0].message).toMatch(/more than 30 aliased fields/);

    // A fragment's aliases count at every spread: 12 aliases plus 6 spreads of 6 make 48.
    const fragment = `fragment Six on Query { ${Array.from({ length: 6 }, (_, i) => `f${i}: viewer { role }`).join(' ')} }`;
    const spread = `{ ${Array.from({ length: 6 }, (_, i) => `o${i}: nodes(ids: []) { id } s${i}: __typename ...Six`).join(' ')} } ${fragment}`;
    expect(errorCodes(await api.request(spread))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorCodes(await api.request(`{ a: viewer { role } ...Six } ${fragment}`))).toEqual([]);
  });

  it('answers 404 off the API path and reports health', async () => {
    expect((await fetch(api.url.replace('/graphql', '/nope'))).status).toBe(404);
    expect(await (await fetch(api.url.replace('/graphql', '/health'))).json()).toEqual({ status: 'ok' });
  });

  it('answers an operationName the document does not hold as a request error, not a server error', async () => {
    const response = await post(JSON.stringify({ query: 'query Known { viewer { role } }', operationName: 'Unknown' }));
    expect(response.status).toBe(200);
    const body = await response.json() as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });

  it('refuses fragments that each spread the next one twice quickly, while /health keeps answering', async () => {
    // 40 such fragments expand to 2^41 fields: the checks must measure each fragment once.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Viewer { role ...F${i + 1} ...F${i + 1} }`);
    fragments.push('fragment F40 on Viewer { role }');
    const startedAt = performance.now();
    const [fanOut, health] = await Promise.all([
      api.request(`{ viewer { ...F0 } } ${fragments.join(' ')}`),
      fetch(api.url.replace('/graphql', '/health')),
    ]);
    const elapsedMs = performance.now() - startedAt;
    expect(health.status).toBe(200);
    expect(errorCodes(fanOut)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(fanOut.errors?.[0].message).toMatch(/selects more than 2000 fields once its fragments are expanded/);
    // Loose on purpose (a busy CI machine), yet far below the minutes a 2^40 walk would take.
    expect(elapsedMs).toBeLessThan(2000);
    // The same document with a handful of fragments is within the limits and answered.
    const few = fragments.slice(0, 4).map((fragment, i) => (i === 3 ? 'fragment F3 on Viewer { role }' : fragment));
    const small = await api.request(`{ viewer { ...F0 } } ${few.join(' ')}`);
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ viewer: { role: 'ADMIN' } });
  });

  it('measures depth through fragments', async () => {
    const deep = `{ node(id: "x") { ... on Counterparty { ${'parent { '.repeat(13)} id ${'}'.repeat(13)} } } }`;
    const refused = await api.request(deep);
    expect(errorCodes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors?.[0].message).toMatch(/nests 15 levels deep; at most 12/);
    const viaFragments = await api.request(
      '{ node(id: "x") { ...A } } fragment A on Counterparty { parent { ...B } } fragment B on Counterparty { parent { ...C } } '
      + `fragment C on Counterparty { ${'parent { '.repeat(10)} id ${'}'.repeat(10)} }`,
    );
    expect(viaFragments.errors?.[0].message).toMatch(/nests 14 levels deep; at most 12/);
  });

  it('caps nodes() at 100 ids', async () => {
    const ids = Array.from({ length: 101 }, () => 'Q291bnRlcnBhcnR5OjE');
    const result = await api.request('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.field).toEqual(['ids']);
  });

  it('answers the standard introspection query despite its depth', async () => {
    const result = await api.request(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses values the database could not store, naming the field', async () => {
    const create = 'mutation($input: CreateCounterpartyInput!) { createCounterparty(input: $input) { counterparty { id } userErrors { field code } } }';
    const nul = await api.request(create, { input: { kind: 'ORGANIZATION', name: 'Bad\u0000Name' } });
    expect(nul.data.createCounterparty.userErrors).toEqual([{ field: ['input', 'name'], code: 'INVALID' }]);
    const farFuture = await api.request('query($since: DateTime) { counterparties(where: { updatedSince: $since }) { totalCount } }', { since: '9999-12-31T23:59:59-14:00' });
    expect(errorCodes(farFuture)).toEqual(['BAD_USER_INPUT']);
    expect(farFuture.errors?.[0].extensions?.field).toEqual(['since']);
    const yearZero = await api.request('query($since: DateTime) { counterparties(where: { updatedSince: $since }) { totalCount } }', { since: '0000-01-01T00:00:00Z' });
    expect(errorCodes(yearZero)).toEqual(['BAD_USER_INPUT']);
    const search = await api.request('query($s: String) { counterparties(where: { search: $s }) { totalCount } }', { s: 'ab\u0000' });
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['where', 'search'] });
    // A search term of megabytes is refused before any statement, on every list that searches.
    for (const list of ['counterparties', 'persons', 'employees', 'products']) {
      const huge = await api.request(`query($s: String) { ${list}(where: { search: $s }) { totalCount } }`, { s: 'x'.repeat(1_000_000) });
      expect(huge.errors?.[0]).toMatchObject({ message: '"search" may have at most 200 characters.', extensions: { code: 'BAD_USER_INPUT', field: ['where', 'search'] } });
      expect(huge.statements).toBe(1);
    }
  });

  it('refuses cursors of another list and cursors with impossible dates', async () => {
    await api.mutate('createDepartment', { name: 'Cursor Source' }, 'department { id }');
    const departments = await api.request('{ departments(first: 1) { pageInfo { endCursor } } }');
    const foreign = await api.request('query($after: String) { counterparties(after: $after) { totalCount } }', { after: departments.data.departments.pageInfo.endCursor });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'] });
    const { counterparty } = await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Cursor Owner' }, 'counterparty { id }');
    await api.mutate('createChronicleEntry', { counterpartyId: counterparty.id, kind: 'CALL', subject: 'Cursor call' }, 'chronicleEntry { id }');
    const real = (await api.request('{ chronicleEntries(first: 1) { pageInfo { endCursor } } }')).data.chronicleEntries.pageInfo.endCursor;
    const [signature, , id] = JSON.parse(Buffer.from(real, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify([signature, '2024-02-31T00:00:00.000Z', id])).toString('base64url');
    expect((await api.request('query($after: String) { chronicleEntries(after: $after) { totalCount } }', { after: real })).errors).toBeUndefined();
    const impossible = await api.request('query($after: String) { chronicleEntries(after: $after) { totalCount } }', { after: forged });
    expect(impossible.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'] });
  });

  /** Every type, field, argument and enum value of a schema that has no description. */
  function undescribed(schema: { types: any[] }): string[] {
    const missing: string[] = [];
    for (const type of schema.types) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      for (const field of type.fields ?? []) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const field of type.inputFields ?? []) if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const value of type.enumValues ?? []) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    return missing;
  }
  const DESCRIPTIONS = `{ __schema { types {
    name kind description
    fields { name description args { name description } }
    inputFields { name description }
    enumValues { name description }
  } } }`;

  it('describes every type, field, argument and enum value', async () => {
    expect(undescribed((await api.request(DESCRIPTIONS)).data.__schema)).toEqual([]);
  });

  it('describes every type, field, argument and enum value of the partner portal', async () => {
    const partner = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Described partner' }, 'counterparty { id }')).counterparty.id;
    const key = await api.partnerKeyFor(keyOf(partner, 'Counterparty')!);
    expect(undescribed((await api.portal(key, DESCRIPTIONS)).data.__schema)).toEqual([]);
  });
});

describe('document and body limits', () => {
  let big: TestApi;
  beforeAll(async () => { big = await startTestApi({ maxBodyBytes: 4 * 1_048_576 }); });
  afterAll(async () => { await big?.stop(); });
  // Asks for application/graphql-response+json, in which a document refused at parsing is a 400
  // (in application/json, GraphQL-over-HTTP has it answered with 200).
  const send = (query: string, variables?: object) => fetch(big.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${big.adminKey}` },
    body: JSON.stringify({ query, variables }),
  });

  it('stops parsing a document of 100k fields at the token limit', async () => {
    const response = await send(`{ ${'__typename '.repeat(90_000)}}`);
    expect(response.status).toBe(400);
    const body = await response.json() as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/Document contains more tha. 10000 tokens/);
  });

  it('takes a body over 1 MiB for an import mutation only', async () => {
    const padding = 'x'.repeat(2 * 1_048_576);
    const query = await send(`query($pad: String) { viewer { role } }`, { pad: padding });
    expect(query.status).toBe(413);
    expect(await query.text()).toMatch(/Only import mutations/);
    const mutation = await send(`mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { userErrors { code } } }`, { input: { name: padding } });
    expect(mutation.status).toBe(413);

    const rows = Array.from({ length: 1000 }, (_, i) => ({ externalId: `big-${i}`, kind: 'ORGANIZATION', name: `Big ${i}`, notes: 'n'.repeat(2000) }));
    const imported = await send(importMutation('importCounterparties'), { input: { rows } });
    expect(imported.status).toBe(200);
    expect(((await imported.json()) as any).data.importCounterparties.created).toBe(1000);
  });
});

