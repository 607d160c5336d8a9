import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, GraphQLScalarType, parse, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { expect, it } from 'vitest';
import { referenceResolver } from './loader.js';

/**
 * The graphql-jit patch (src/patches) compiles each leaf field to a function of its own, so that
 * an answered value allocates nothing for the error it did not have, and builds a resolver's
 * `info.path` only when the resolver reads it. Every way a leaf can fail must be answered exactly
 * as graphql-jit 0.8.9 answered it before the patch (the answers below were recorded from the
 * unpatched module: the same data, messages, paths and locations), and `info` must hold what
 * graphql-js gives a resolver.
 */
const schema = makeExecutableSchema({
  typeDefs: `
    scalar Picky
    type Item { name: String! nickname: String picky: Picky! optionalPicky: Picky whereAmI: String! }
    type Query { items: [Item]! strict: [Item!]! }
  `,
  resolvers: {
    Picky: new GraphQLScalarType({
      name: 'Picky',
      serialize: (value) => {
        if (value === 'throws') throw new Error('Picky refuses this value.');
        if (value === 'undefined') return undefined;
        return `picky:${String(value)}`;
      },
    }),
    Query: { items: () => ITEMS, strict: () => ITEMS },
    Item: {
      whereAmI: (_item: unknown, _args: unknown, _ctx: unknown, info: GraphQLResolveInfo) =>
        `${responsePathAsArray(info.path).join('.')} ${info.parentType.name}.${info.fieldName}: ${String(info.returnType)} in ${info.operation.operation}`,
    },
  },
});

const ITEMS = [
  { name: 'fine', nickname: 'ok', picky: 'a', optionalPicky: 'b' },
  { name: null, nickname: null, picky: 'a', optionalPicky: null },
  { name: 'thrower', nickname: new Error('nickname failed'), picky: 'throws', optionalPicky: 'throws' },
  { name: 'empty', nickname: 'x', picky: 'undefined', optionalPicky: 'undefined' },
  { name: new Error('name failed'), nickname: 'y', picky: 'c', optionalPicky: 'c' },
];

async function run(query: string) {
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error('the query did not compile');
  const result = await compiled.query(undefined, {}, {});
  const errors = (result.errors ?? []).map((error) => `${error.path?.join('.')} @${error.locations?.[0].column}: ${error.message}`);
  return { data: result.data, errors };
}

it('answers leaves that are null, errors, refused by their scalar or serialized to nothing as before the patch', async () => {
  expect(await run('{ items { name nickname picky optionalPicky } }')).toEqual({
    data: { items: [{ name: 'fine', nickname: 'ok', picky: 'picky:a', optionalPicky: 'picky:b' }, null, null, null, null] },
    errors: [
      'items.2.nickname @16: nickname failed',
      'items.2.optionalPicky @31: Picky refuses this value.',
      'items.3.optionalPicky @31: Expected a value of type "Picky" but received: undefined',
      'items.1.name @11: Cannot return null for non-nullable field Item.name.',
      'items.2.picky @25: Picky refuses this value.',
      'items.3.picky @25: Expected a value of type "Picky" but received: undefined',
      'items.4.name @11: name failed',
    ],
  });
  expect(await run('{ strict { name nickname picky optionalPicky } }')).toEqual({
    data: null,
    errors: [
      'strict.2.nickname @17: nickname failed',
      'strict.2.optionalPicky @32: Picky refuses this value.',
      'strict.3.optionalPicky @32: Expected a value of type "Picky" but received: undefined',
      'strict.1.name @12: Cannot return null for non-nullable field Item.name.',
    ],
  });
});

it('gives a resolver the info graphql-js gives it, its path built when it is read', async () => {
  const query = '{ items { first: whereAmI } more: items { whereAmI } }';
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error('the query did not compile');
  const jit = await compiled.query(undefined, {}, {});
  expect(jit.data).toEqual((await execute({ schema, document: parse(query) })).data);
  expect((jit.data as { more: { whereAmI: string }[] }).more[4].whereAmI).toBe('more.4.whereAmI Item.whereAmI: String! in query');
});

/**
 * A reference resolver (lib/loader.ts `referenceResolver`) is compiled as a read of the parent's
 * property when the parent carries it, and called only when it does not: the answer must be the
 * one graphql-js gives by calling the resolver every time, for a reference present, empty (null),
 * missing (loaded), failing to load, and with resolvers of its own below it.
 */
it('reads a reference the parent carries and calls its resolver only for the parents that lack it', async () => {
  const loaded: string[] = [];
  const OWNERS: Record<string, { name: string } | undefined> = { ann: { name: 'Ann' }, bob: { name: 'Bob' } };
  type Entry = { label: string; ownerKey: string | null };
  const load = (entry: Entry) => {
    loaded.push(String(entry.ownerKey));
    if (entry.ownerKey === 'broken') throw new Error('owner failed to load');
    return entry.ownerKey === null ? null : OWNERS[entry.ownerKey] ?? null;
  };
  const resolved: string[] = [];
  // The resolver as referenceResolver made it, its marker kept, recording each call.
  const counted = ({ resolve }: { resolve: ((entry: Entry, args: unknown, ctx: unknown) => unknown) & { readsParentProperty: string } }) => ({
    resolve: Object.assign((entry: Entry, args: unknown, ctx: unknown) => { resolved.push(entry.label); return resolve(entry, args, ctx); }, resolve),
  });
  const referenceSchema = makeExecutableSchema({
    typeDefs: `
      type Owner { name: String! greeting: String! }
      type Entry { label: String! owner: Owner coOwner: Owner! }
      type Query { entries: [Entry!]! }
    `,
    resolvers: {
      Query: { entries: () => ENTRIES },
      Owner: { greeting: (owner: { name: string }) => `hello ${owner.name}` },
      Entry: { owner: counted(referenceResolver('owner', load)), coOwner: counted(referenceResolver('coOwner', load)) },
    },
  });
  const ENTRIES = [
    { label: 'carried', ownerKey: 'ann', owner: { name: 'Ann (carried)' }, coOwner: { name: 'Bob (carried)' } },
    { label: 'carried empty', ownerKey: null, owner: null, coOwner: { name: 'Ann (carried)' } },
    { label: 'loaded', ownerKey: 'bob' },
    { label: 'broken', ownerKey: 'broken', coOwner: { name: 'Bob (carried)' } },
  ];
  const query = '{ entries { label owner { name greeting } coOwner { name greeting } } }';

  const compiled = compileQuery(referenceSchema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error('the query did not compile');
  const jit = await compiled.query(undefined, {}, {});
  const jitLoads = loaded.splice(0);
  const jitResolved = resolved.splice(0);
  const reference = await execute({ schema: referenceSchema, document: parse(query) });

  const answered = (result: typeof jit) => ({
    data: result.data, errors: result.errors?.map((error) => `${error.path?.join('.')}: ${error.message}`),
  });
  expect(answered(jit)).toEqual(answered(reference));
  expect(jitLoads).toEqual(['bob', 'bob', 'broken']);
  expect(jitResolved).toEqual(['loaded', 'loaded', 'broken']);
  expect(resolved).toHaveLength(8); // graphql-js called every reference's resolver
  expect(jit.data).toEqual({ entries: [
    { label: 'carried', owner: { name: 'Ann (carried)', greeting: 'hello Ann (carried)' }, coOwner: { name: 'Bob (carried)', greeting: 'hello Bob (carried)' } },
    { label: 'carried empty', owner: null, coOwner: { name: 'Ann (carried)', greeting: 'hello Ann (carried)' } },
    { label: 'loaded', owner: { name: 'Bob', greeting: 'hello Bob' }, coOwner: { name: 'Bob', greeting: 'hello Bob' } },
    { label: 'broken', owner: null, coOwner: { name: 'Bob (carried)', greeting: 'hello Bob (carried)' } },
  ] });
  expect(answered(jit).errors).toEqual(['entries.3.owner: owner failed to load']);
});
