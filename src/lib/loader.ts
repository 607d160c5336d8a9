import DataLoader from 'dataloader';
import { toConnection, type Connection, type Page, type SortKey } from './connection.js';

/**
 * A loader of rows by key: `fetch` gets the distinct keys of one tick in one call, and each
 * `load(key)` gets its row or null. Results come back in key order, as DataLoader requires.
 */
export function rowByKeyLoader<Row, Key = number>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, { maxBatchSize: 1000 });
}

/**
 * A loader of lists by parent key: one call of `fetch` reads the children of every parent asked
 * this tick, grouped by parent (as `readRowsByParent` answers them), each list in its order.
 */
export function listsByParentLoader<Value, Key = number>(
  fetch: (keys: readonly Key[]) => Promise<Map<Key, Value[]>>,
): DataLoader<Key, Value[]> {
  return new DataLoader(async (keys) => {
    const byParent = await fetch(keys);
    return keys.map((key) => byParent.get(key) ?? []);
  }, { maxBatchSize: 1000 });
}

/**
 * `listsByParentLoader` for a `fetch` that answers rows carrying their parent key (`parentOf`);
 * `valueOf` picks what the list holds when a fetched row carries more than the child.
 */
export function rowsByParentLoader<Row, Key = number, Value = Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  parentOf: (row: Row) => Key,
  valueOf: (row: Row) => Value = (row) => row as unknown as Value,
): DataLoader<Key, Value[]> {
  return listsByParentLoader(async (keys) => {
    const byParent = new Map<Key, Value[]>();
    for (const row of await fetch(keys)) {
      const parent = parentOf(row);
      const list = byParent.get(parent);
      if (list) list.push(valueOf(row));
      else byParent.set(parent, [valueOf(row)]);
    }
    return byParent;
  });
}

/** A loader per distinct value of some arguments; `at` finds it once per place in the operation. */
export interface LoadersPerArguments<Args, Loader> {
  (args: Args): Loader;
  /**
   * The loader for the arguments `argsOf` reads, for a field at `site` (its selection, which is
   * one object per field of an operation): every parent resolving that field asks with the same
   * arguments, so they are read, checked and compared once per request, not once per parent.
   */
  at(site: object, argsOf: () => Args): Loader;
}

/**
 * One loader per distinct value of a field's arguments (a filter, a page size, the columns
 * chosen), made on first use: all parents asked with the same arguments share one batch, so one
 * statement per level.
 */
export function loaderPerArguments<Args, Loader>(create: (args: Args) => Loader): LoadersPerArguments<Args, Loader> {
  const loaders = new Map<string, Loader>();
  const bySite = new WeakMap<object, Loader>();
  const forArgs = (args: Args) => {
    const signature = JSON.stringify(args);
    let loader = loaders.get(signature);
    if (!loader) {
      loader = create(args);
      loaders.set(signature, loader);
    }
    return loader;
  };
  return Object.assign(forArgs, {
    at(site: object, argsOf: () => Args) {
      let loader = bySite.get(site);
      if (!loader) bySite.set(site, (loader = forArgs(argsOf())));
      return loader;
    },
  });
}

/**
 * A connection per parent, all with the same page: one call of `fetchPages` (say, `pagesByParent`)
 * reads the pages of every parent asked this tick, and `countTotals`, one grouped count, runs
 * only if a client selects `totalCount`.
 */
export function connectionsByParentLoader<Row>(
  fetchPages: (parents: readonly number[]) => Promise<Map<number, Row[]>>,
  countTotals: (parents: readonly number[]) => Promise<Map<number, number>>,
  page: Page,
  keys: SortKey<Row>[],
): DataLoader<number, Connection<Row>> {
  const totals = new DataLoader<number, number>(async (parents) => {
    const counts = await countTotals(parents);
    return parents.map((parent) => counts.get(parent) ?? 0);
  }, { maxBatchSize: 1000 });
  return new DataLoader(async (parents) => {
    const byParent = await fetchPages(parents);
    return parents.map((parent) => toConnection(byParent.get(parent) ?? [], page, keys, () => totals.load(parent)));
  }, { maxBatchSize: 1000 });
}

/**
 * The loaders of one request, each made the first time a resolver asks for it: a request pays for
 * the loaders it uses, not for every module's. `factories` are fixed at startup; each takes the
 * request's `env` (its database and viewer).
 */
export function lazyLoaders<Env extends unknown[], Factories extends Record<string, (...env: Env) => unknown>>(
  factories: Factories,
): (...env: Env) => LoadersOf<Factories> {
  const env = Symbol('env');
  class RequestLoaders {
    constructor(...args: Env) {
      (this as unknown as Record<symbol, Env>)[env] = args;
    }
  }
  for (const [name, make] of Object.entries(factories)) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: Record<symbol, Env>) {
        const loader = make(...this[env]);
        // From now on an own property of this request's loaders, read without the getter.
        Object.defineProperty(this, name, { value: loader });
        return loader;
      },
    });
  }
  return (...args) => new RequestLoaders(...args) as LoadersOf<Factories>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any factory's parameters
export type LoadersOf<Factories> = { readonly [Name in keyof Factories]: Factories[Name] extends (...env: any[]) => infer Loader ? Loader : never };

/**
 * The loaders of one request by module, `ctx.loaders.counterparties.byId`: each module names its
 * loaders in its own namespace, so two modules' keys never collide. A module's loaders, and the
 * loaders in it, are made the first time a resolver asks for them.
 */
export function loadersByModule<Env extends unknown[], Modules extends Record<string, Record<string, (...env: Env) => unknown>>>(
  modules: Modules,
): (...env: Env) => { readonly [Module in keyof Modules]: LoadersOf<Modules[Module]> } {
  const namespaces = Object.fromEntries(Object.entries(modules).map(([name, factories]) => [name, lazyLoaders<Env, typeof factories>(factories)]));
  return lazyLoaders<Env, Record<string, (...env: Env) => unknown>>(namespaces) as never;
}

/**
 * How `node(id)` fetches a module's types by their keys, through the module's own loaders (so
 * `nodes(ids)` batches): declared by each module beside its loaders, merged in src/loaders.ts.
 */
export type NodeFetchers<Factories> = Record<string, (loaders: LoadersOf<Factories>, key: number) => Promise<object | null>>;

/**
 * The resolver of a reference `field`: the row the parent's loader read with it (see `reference`
 * in db/columns.ts; null when the reference is empty), else what `load` answers (a parent read
 * whole, by id or by a service, carries no referenced rows). graphql-jit (patched, see
 * src/patches) compiles such a resolver as a read of the parent's property when it is there, so a
 * page of 500 entries does not call 500 resolvers for rows it already has.
 */
export function referenceResolver<Parent extends object, Ctx, Result>(
  field: string, load: (parent: Parent, ctx: Ctx) => Result,
): { resolve: ((parent: Parent, args: unknown, ctx: Ctx) => Result) & { readsParentProperty: string } } {
  const resolve = (parent: Parent, _args: unknown, ctx: Ctx): Result => {
    const row = (parent as Record<string, Result | undefined>)[field];
    return row !== undefined ? row : load(parent, ctx);
  };
  // The `{ resolve }` form: graphql-tools binds a resolver given as a bare function, and a bound
  // function loses the marker graphql-jit looks for.
  return { resolve: Object.assign(resolve, { readsParentProperty: field }) };
}
