import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  buildASTSchema, getNamedType, isAbstractType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType,
  isObjectType, isInterfaceType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../schema/typeDefs.generated.js';
import { KNOWN_CODES } from './lib/format-error.js';
import { toGlobalId } from './lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from './testing/api.js';

/**
 * Malformed input of every kind, on both execution paths (graphql-jit and graphql-js): the answer
 * is never a 5xx, every error carries a code from the known list, and nothing reaches the error
 * log, which only unexpected faults do. Examples first, then a property-based fuzz over documents
 * built from the real schema and then broken, variable sets and whole request bodies.
 */

const schema = buildASTSchema(typeDefs);
const NUL = '\u0000';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Answer { status: number; contentType: string; text: string; body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string; field?: string[] } }> } | null }

describe.each([{ jit: true }, { jit: false }])('malformed input (GRAPHQL_JIT=$jit)', ({ jit }) => {
  let api: TestApi;
  const log: string[] = [];
  beforeAll(async () => { api = await startTestApi({ compileQueries: jit, log: (line) => log.push(line) }); });
  afterAll(async () => { await api?.stop(); });

  /** One HTTP request; `params` makes it a GET with those search parameters. */
  async function send(options: { body?: string; params?: Record<string, string>; headers?: Record<string, string>; key?: string | null }): Promise<Answer> {
    const key = options.key === undefined ? api.adminKey : options.key;
    const url = options.params ? `${api.url}?${new URLSearchParams(options.params)}` : api.url;
    const response = await fetch(url, {
      method: options.params ? 'GET' : 'POST',
      headers: {
        ...(options.params ? { 'apollo-require-preflight': 'true' } : { 'content-type': 'application/json' }),
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...options.headers,
      },
      body: options.params ? undefined : options.body,
    });
    const text = await response.text();
    let body: Answer['body'] = null;
    try { body = JSON.parse(text); } catch { /* judged by the caller */ }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body };
  }
  const post = (payload: object) => send({ body: JSON.stringify(payload) });
  const get = (payload: Record<string, unknown>) => send({
    params: Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)])),
  });
  const codesOf = (answer: Answer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code);

  describe('a NUL character', () => {
    it('in a string literal of the document is BAD_USER_INPUT naming the argument, as in a variable', async () => {
      // A real NUL in the query text, and the same as a GraphQL escape.
      for (const search of [`"ab${NUL}"`, '"ab\\u0000"']) {
        const result = await api.request(`{ counterparties(where: { search: ${search} }) { totalCount } }`);
        expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['where', 'search'] });
      }
      // Lookups that send the text straight to SQL: the database's refusal names the argument.
      const literal = await api.request(`{ counterpartyByExternalId(externalId: "x${NUL}") { id } }`);
      expect(literal.errors?.[0]).toMatchObject({ message: '"externalId" may not contain the NUL character.', extensions: { code: 'BAD_USER_INPUT', field: ['externalId'] } });
      const variable = await api.request('query($id: String!) { productByExternalId(externalId: $id) { id } }', { id: `x${NUL}` });
      expect(variable.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['externalId'] });
      expect(log).toEqual([]);
    });

    it('in a mutation input literal is a user error or BAD_USER_INPUT naming the field, never a server error', async () => {
      const created = await api.request(`mutation { createCounterparty(input: { kind: ORGANIZATION, name: "Bad${NUL}Name" }) { counterparty { id } userErrors { field code } } }`);
      expect(created.data.createCounterparty).toEqual({ counterparty: null, userErrors: [{ field: ['input', 'name'], code: 'INVALID' }] });
      const importRows = `rows: [{ externalId: "p-1", name: "Sheet" }] }) { failed } }`;
      const keyed = await api.request(`mutation { importProducts(input: { idempotencyKey: "k${NUL}", ${importRows}`);
      expect(keyed.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'idempotencyKey'] });
      // In a variable the document shows only which argument brought it.
      const inVariable = await api.request('mutation($input: ImportProductsInput!) { importProducts(input: $input) { failed } }', {
        input: { idempotencyKey: `k${NUL}`, rows: [{ externalId: 'p-1', name: 'Sheet' }] },
      });
      expect(inVariable.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['input'] });
      expect(log).toEqual([]);
    });
  });

  describe('persisted queries', () => {
    const query = '{ viewer { role } }';
    const persisted = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

    it('refuse a hash that is not the query\'s, a malformed hash and an unknown version as BAD_REQUEST (400), by POST and GET', async () => {
      for (const send of [post, get]) {
        for (const extensions of [persisted(sha256('{ other }')), persisted('not-a-hash'), persisted(42), persisted(sha256(query), 2), persisted(sha256(query), '1')]) {
          const answer = await send({ query, extensions });
          expect(answer.status).toBe(400);
          expect(codesOf(answer)).toEqual(['BAD_REQUEST']);
        }
        const noQuery = await send({ extensions: persisted(sha256(query), 3) });
        expect([noQuery.status, codesOf(noQuery)]).toEqual([400, ['BAD_REQUEST']]);
      }
      expect(log).toEqual([]);
    });

    it('answer an unknown hash with PERSISTED_QUERY_NOT_FOUND and still register and serve a matching one', async () => {
      const hash = sha256(`${query} # ${jit}`);
      for (const send of [post, get]) {
        for (const sha256Hash of [hash, 'f'.repeat(64), 'nonsense', { not: 'a string' }]) {
          const unknown = await send({ extensions: persisted(sha256Hash) });
          expect([unknown.status, codesOf(unknown)]).toEqual([200, ['PERSISTED_QUERY_NOT_FOUND']]);
        }
      }
      const registered = await post({ query: `${query} # ${jit}`, extensions: persisted(hash) });
      expect(registered.body).toEqual({ data: { viewer: { role: 'ADMIN' } }, extensions: { cost: expect.any(Object) } });
      for (const send of [post, get]) expect((await send({ extensions: persisted(hash) })).body).toEqual({ data: { viewer: { role: 'ADMIN' } }, extensions: { cost: expect.any(Object) } });
      expect(log).toEqual([]);
    });
  });

  it('answers an operationName the document does not hold as OPERATION_RESOLUTION_FAILURE, the empty name too', async () => {
    for (const send of [post, get]) {
      // graphql-jit took "" for no name and ran the only operation, which Apollo answered with a 500.
      for (const [query, operationName] of [['query Known { viewer { role } }', 'Unknown'], ['query Known { viewer { role } }', ''], ['{ viewer { role } }', '']]) {
        const answer = await send({ query, operationName });
        expect(answer.status).toBe(200);
        expect(codesOf(answer)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
      }
    }
    const named = await api.request('query A { viewer { role } } query B { viewer { role } }');
    expect(errorCodes(named)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    expect(log).toEqual([]);
  });

  it('survives generated hostile requests: no 5xx, only known error codes, nothing logged', async () => {
    const fixtures = [
      (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Fuzz Target' }, 'counterparty { id }')).counterparty.id,
      (await api.mutate('createDepartment', { name: 'Fuzz Department' }, 'department { id }')).department.id,
    ];
    const viewerKey = await api.keyFor('VIEWER');
    // A fixed seed, so a failure replays; FUZZ_SEED=random explores (the seed is printed on failure).
    const seed = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_240_611);
    const batch = 8;
    const numRuns = Number(process.env.FUZZ_RUNS ?? 250);
    let sent = 0;
    // What the answers were, to show the fuzz reaches execution and not only the parser.
    const outcomes = new Map<string, number>();
    const tally = (answer: Answer) => {
      const codes = [...new Set(codesOf(answer))].sort().join('+');
      const outcome = answer.body?.data ? `data${codes ? `+${codes}` : ''}` : codes || `HTTP ${answer.status}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    };
    const startedAt = performance.now();
    const property = fc.asyncProperty(hostileRequests(fixtures, batch), async (requests) => {
      const answers = await Promise.all(requests.map((request) => send({
        ...request, key: request.key === 'admin' ? api.adminKey : request.key === 'viewer' ? viewerKey : request.key,
      })));
      sent += requests.length;
      for (const [index, answer] of answers.entries()) {
        tally(answer);
        const problem = judge(answer);
        if (problem) throw new Error(`${problem}\nrequest: ${JSON.stringify(requests[index]).slice(0, 2000)}\nanswer: ${answer.status} ${answer.text.slice(0, 1000)}`);
      }
      if (log.length > 0) throw new Error(`the server logged an unexpected error:\n${log.join('\n')}`);
    });
    try {
      await fc.assert(property, { numRuns, seed, endOnFailure: true, unbiased: true });
    } catch (error) {
      // fast-check names the seed and path too; this says how to replay the whole run.
      const cause = (error as Error).cause as Error | undefined;
      throw new Error(`Fuzzing failed; replay with FUZZ_SEED=${seed}.\n${cause?.message ?? ''}\n${(error as Error).message}`);
    }
    expect(sent).toBe(numRuns * batch);
    const summary = [...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${outcome} ${count}`).join(', ');
    console.info(`GRAPHQL_JIT=${jit}: ${sent} generated requests in ${Math.round(performance.now() - startedAt)} ms: ${summary}`);
  }, 120_000);
});

/** What is wrong with an answer, or null: a 5xx, a body that is not JSON, an error without a known code. */
function judge(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  // A GET that accepts HTML, as a browser's, gets the explorer (lib/explorer.ts).
  if (answer.contentType.startsWith('text/html')) return answer.status === 200 ? null : `HTTP ${answer.status} in HTML`;
  if (answer.text === '') return answer.status >= 400 ? null : `HTTP ${answer.status} with an empty body`;
  if (!answer.body) return 'the body is not JSON';
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code || !KNOWN_CODES.has(code)) return `an error with code ${code ?? '(none)'}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The generator: requests built from the schema, then broken in one of many ways.

/** A request as the fuzz sends it: a JSON body (POST) or search parameters (GET). */
interface HostileRequest { body?: string; params?: Record<string, string>; headers?: Record<string, string>; key: 'admin' | 'viewer' | null | string }

/** An enum value: a bare name in a literal, a string in variables. */
class EnumValue { constructor(readonly name: string) {} }
type Value = null | boolean | number | string | EnumValue | Value[] | { [name: string]: Value };

/** Strings of any kind, valid for a String argument: NUL, lone surrogates, quotes, LIKE wildcards, long ones. */
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', ' ', NUL, 'ё', '💥', '%', '_', '\\', '"', "'", '\n'), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('', NUL, `ab${NUL}`, `${NUL}ab`, '\uD800', '\uDFFF', "'; DROP TABLE counterparties; --", '%%', '  ', 'x'.repeat(3000)) },
);
/** Ints an Int argument takes (paging sizes, versions, days: the edges of their ranges included). */
const validInt = fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 1000, 1001));
/** Numbers an Int argument refuses. */
const invalidInt = fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e21, 0.5);
const fakeId = fc.tuple(fc.constantFrom('Counterparty', 'Person', 'Product', 'Department', 'Order', 'Agreement', 'Nope', 'counterparty'), fc.integer({ min: -1, max: 4 }))
  .map(([type, key]) => toGlobalId(type, key));

/** Values of the custom scalars: valid ones, edge cases the database could not store, nonsense. */
const SCALAR_SAMPLES: Record<string, string[]> = {
  Decimal: ['1.00', '-0.5', '0', '12345678901234567', '1.123456789', '1e5', 'NaN', ' 7 '],
  DateTime: ['2024-05-01T10:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00', '2024-02-30T00:00:00Z', '2024-05-01'],
  LocalDate: ['2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2024-13-01', '20240101'],
  EmailAddress: ['a@b.co', 'not-an-email', `a${NUL}@b.co`],
  Currency: ['UAH', 'USD', 'XXX', 'usd'],
  CountryCode: ['UA', 'ZZ', 'ua'],
  URL: ['https://example.com/a', 'javascript:alert(1)', 'ftp://x'],
};

type Gen = fc.GeneratorValue;
const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })];
const chance = (g: Gen, probability: number) => g(fc.integer, { min: 1, max: 1000 }) <= probability * 1000;

/**
 * What one request is built with. A third of the requests are well-formed, with hostile values
 * only where their types allow them, so that they reach the resolvers and the database; in the
 * others `fault(p)` breaks each part with probability p.
 */
interface BuildContext {
  g: Gen;
  fault: (probability: number) => boolean;
  fixtures: string[];
  /** The field whose arguments are being written. */
  field: string;
  variables: Array<{ name: string; declared: string; value: Value | undefined }>;
}

/** `count` requests, to send at once. */
function hostileRequests(fixtures: string[], count: number): fc.Arbitrary<HostileRequest[]> {
  return fc.gen().map((g) => Array.from({ length: count }, () => {
    const faulty = chance(g, 2 / 3);
    return hostileRequest({ g, fault: (probability) => faulty && chance(g, probability), fixtures, field: '', variables: [] });
  }));
}

function hostileRequest(ctx: BuildContext): HostileRequest {
  const { g, fault } = ctx;
  const key = fault(0.1) ? pick(g, ['viewer', null, 'not-a-key'] as const) : 'admin';
  const headers: Record<string, string> = {};
  if (fault(0.1)) headers.accept = pick(g, ['application/graphql-response+json', 'application/json', '*/*', 'text/html']);
  if (fault(0.15)) return { key, headers, body: randomBody(g) };
  const { payload, kind } = operationPayload(ctx);
  // GET for some queries (and, broken, for mutations, which Apollo refuses with 405).
  if ((kind === 'query' ? chance(g, 0.2) : fault(0.05)) && JSON.stringify(payload).length < 4000) {
    const params = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
    return { key, headers, params };
  }
  return { key, headers, body: JSON.stringify(payload) };
}

/** A body that is not a proper request: broken JSON, arbitrary JSON, a request with ill-typed members. */
function randomBody(g: Gen): string {
  switch (g(fc.nat, { max: 3 })) {
    case 0: return g(fc.string, { maxLength: 40 });
    case 1: return JSON.stringify(g(fc.jsonValue, { maxDepth: 3 }));
    case 2: return JSON.stringify({
      query: chance(g, 0.5) ? g(fc.string, { maxLength: 40 }) : g(fc.jsonValue, { maxDepth: 2 }),
      variables: g(fc.jsonValue, { maxDepth: 2 }),
      operationName: g(fc.jsonValue, { maxDepth: 1 }),
      extensions: g(fc.jsonValue, { maxDepth: 2 }),
    });
    default: return JSON.stringify({
      query: '{ viewer { role } }',
      extensions: { persistedQuery: { version: pick(g, [1, 1, 2, 0, '1', null]), sha256Hash: pick(g, [sha256('{ viewer { role } }'), 'a'.repeat(64), 'xyz', 7, null]) } },
    });
  }
}

/** A request payload around a document built from the schema, broken or not. */
function operationPayload(ctx: BuildContext): { kind: 'query' | 'mutation'; payload: Record<string, unknown> } {
  const { g, fault, variables } = ctx;
  const kind = chance(g, 0.6) ? 'query' : 'mutation';
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields = Object.values(root.getFields());
  const selections = Array.from({ length: chance(g, 0.15) ? 2 : 1 }, (_, index) => {
    const field = pick(g, fields);
    return `${index > 0 ? `a${index}: ` : ''}${field.name}${argumentsOf(ctx, field, 0)}${selectionOf(ctx, field.type, 0)}`;
  });
  const name = chance(g, 0.5) ? `Op${g(fc.nat, { max: 9 })}` : '';
  const definitions = variables.map((variable) => `$${variable.name}: ${variable.declared}`);
  let document = `${kind} ${name}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${selections.join(' ')} }`;
  if (fault(0.08)) document = document.replace(/\}$/, '...Missing }');
  // A second operation: the request must then name one.
  if (fault(0.04)) document += ' query Other { viewer { role } }';
  if (fault(0.06)) document += ` fragment F on ${pick(g, ['Counterparty', 'Query', 'Nope', 'String'])} { __typename ...F }`;
  if (fault(0.3)) document = breakText(g, document);

  const values: Record<string, unknown> = {};
  for (const variable of variables) if (variable.value !== undefined) values[variable.name] = asJson(variable.value);
  if (fault(0.05)) values.unknownVariable = g(fc.jsonValue, { maxDepth: 1 });
  const operationName = fault(0.15) ? pick(g, ['Op1', 'Missing', '', `Op${NUL}`, '__schema']) : name || undefined;
  const payload: Record<string, unknown> = { query: document, variables: fault(0.03) ? pick(g, [[1], 'x', 7]) : values, operationName };
  // Persisted queries: registered with the right hash, refused with a wrong one.
  if (chance(g, 0.03) || fault(0.05)) payload.extensions = { persistedQuery: { version: 1, sha256Hash: fault(0.8) ? sha256(`${document} `) : sha256(document) } };
  return { kind, payload };
}

/** Breaks the text of a document: a slice cut out, junk inserted, a slice repeated, the end cut off. */
function breakText(g: Gen, document: string): string {
  const at = g(fc.nat, { max: document.length });
  const length = g(fc.nat, { max: 12 });
  switch (g(fc.nat, { max: 3 })) {
    case 0: return document.slice(0, at) + document.slice(at + length);
    case 1: return document.slice(0, at) + pick(g, ['{', '}', '(', ')', '$', '...', '"', NUL, '@include', ':', '#', '\\u', '[', g(fc.string, { maxLength: 6 })]) + document.slice(at);
    case 2: return document.slice(0, at) + document.slice(at, at + length).repeat(3) + document.slice(at + length);
    default: return document.slice(0, at);
  }
}

/** The arguments of a field: required ones given, optional ones sometimes, as literals or variables. */
function argumentsOf(ctx: BuildContext, field: GraphQLField<unknown, unknown>, depth: number): string {
  const { g, fault } = ctx;
  const given = field.args.filter((argument) => (isNonNullType(argument.type) && argument.defaultValue === undefined
    ? !fault(0.05)
    : chance(g, depth === 0 ? 0.4 : 0.15)));
  ctx.field = field.name;
  const written = given.map((argument) => `${argument.name}: ${argumentValue(ctx, argument)}`);
  if (depth === 0 && fault(0.04)) written.push(`unknownArgument: ${literal(g(fc.string, { maxLength: 4 }))}`);
  return written.length ? `(${written.join(', ')})` : '';
}

function argumentValue(ctx: BuildContext, argument: GraphQLArgument): string {
  const { g, fault } = ctx;
  const value = valueOf(ctx, argument.type, 0, { name: argument.name, parent: ctx.field });
  if (chance(g, 0.5)) return literal(value, chance(g, 0.5));
  const name = `v${ctx.variables.length}`;
  // The argument's own type; broken, one that does not fit or an unknown type, or no value.
  const declared = fault(0.1) ? pick(g, ['String', 'Int!', '[ID]', 'CreateCounterpartyInput', 'Nope', 'Boolean!']) : String(argument.type);
  ctx.variables.push({ name, declared, value: fault(0.05) ? undefined : value });
  return `$${name}`;
}

/** Where a value goes: its argument's or input field's name, and the field or input type that has it. */
interface Slot { name: string; parent: string }

/** A value for an input type: of that type, or, broken, of another, at any depth. */
function valueOf(ctx: BuildContext, type: GraphQLInputType, depth: number, slot: Slot): Value {
  const { g, fault } = ctx;
  if (fault(0.03)) return wrongValue(g);
  if (isNonNullType(type)) return fault(0.02) ? null : valueOf(ctx, type.ofType, depth, slot);
  if (chance(g, 0.03)) return null;
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a list of one.
    if (chance(g, 0.1)) return valueOf(ctx, type.ofType, depth + 1, slot);
    return Array.from({ length: g(fc.nat, { max: depth > 1 ? 1 : 3 }) }, () => valueOf(ctx, type.ofType, depth + 1, slot));
  }
  if (isEnumType(type)) return new EnumValue(fault(0.05) ? 'NOT_A_VALUE' : pick(g, type.getValues()).name);
  if (isInputObjectType(type)) {
    const object: { [name: string]: Value } = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (depth < 4 && (required ? !fault(0.03) : chance(g, 0.3))) object[field.name] = valueOf(ctx, field.type, depth + 1, { name: field.name, parent: type.name });
    }
    if (fault(0.03)) object.unknownField = 1;
    return object;
  }
  return scalarValue(ctx, type.name, slot);
}

function scalarValue(ctx: BuildContext, scalar: string, slot: Slot): Value {
  const { g, fault } = ctx;
  switch (scalar) {
    case 'String': return g(() => hostileText);
    case 'ID': return pick(g, [
      () => toGlobalId(idType(slot), g(fc.integer, { min: 1, max: 3 })), () => toGlobalId(idType(slot), g(fc.integer, { min: 1, max: 3 })),
      () => pick(g, ctx.fixtures), () => g(() => fakeId), () => g(() => hostileText),
    ])();
    case 'Int': return fault(0.1) ? g(() => invalidInt) : g(() => validInt);
    case 'Float': return g(fc.double, { noNaN: true, noDefaultInfinity: true });
    case 'Boolean': return g(fc.boolean);
    default: return !fault(0.15) && SCALAR_SAMPLES[scalar] ? pick(g, SCALAR_SAMPLES[scalar]) : g(() => hostileText);
  }
}

/**
 * The type an ID most likely names, so that many ids reach a lookup: `counterpartyId` a
 * Counterparty, the `id` of `UpdateProductInput` or of `Query.product` a Product.
 */
function idType({ name, parent }: Slot): string {
  const prefix = /^(\w+?)Ids?$/.exec(name)?.[1];
  const base = prefix ?? parent.replace(/^(create|update|archive|restore|delete|cancel|close|complete|activate|post|move|rename|record|set|remove)/i, '').replace(/Input$/, '');
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function wrongValue(g: Gen): Value {
  return pick(g, [() => g(() => hostileText), () => g(() => invalidInt), () => true, () => [], () => ({}), () => ({ nope: 1 }), () => new EnumValue('NOT_A_VALUE'), () => [[1]]])();
}

/**
 * A value as a GraphQL literal. Strings are escaped as JSON does (its escapes are GraphQL's), or,
 * with `raw`, keep their control characters, a NUL included, as raw characters in the document.
 */
function literal(value: Value, raw = false): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null) return 'null';
  if (typeof value === 'string') return raw ? `"${value.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, raw)).join(', ')}]`;
  return `{ ${Object.entries(value).map(([name, item]) => `${name}: ${literal(item, raw)}`).join(', ')} }`;
}

function asJson(value: Value): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(asJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, asJson(item)]));
  return value;
}

/** A selection for an output type: a few of its fields, nested a little, or, broken, one it lacks. */
function selectionOf(ctx: BuildContext, type: GraphQLOutputType, depth: number): string {
  const { g, fault } = ctx;
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return fault(0.03) ? ' { id }' : '';
  const parts = ['__typename'];
  if (isObjectType(named) || isInterfaceType(named)) {
    const fields = Object.values(named.getFields());
    for (let i = g(fc.integer, { min: 1, max: 3 }); i > 0; i -= 1) {
      const field = pick(g, fields);
      if (!isLeafType(getNamedType(field.type)) && depth >= 2) continue;
      parts.push(`${field.name}${argumentsOf(ctx, field, depth + 1)}${selectionOf(ctx, field.type, depth + 1)}`);
    }
  }
  if (isAbstractType(named) && chance(g, 0.5)) parts.push(`... on ${pick(g, schema.getPossibleTypes(named)).name} { __typename }`);
  if (fault(0.03)) parts.push(pick(g, ['noSuchField', 'id', 'name']));
  return ` { ${parts.join(' ')} }`;
}
