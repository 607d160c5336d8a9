import type { Context } from './context.js';
import { decodeGlobalId } from './lib/global-id.js';
import { badInput } from './lib/errors.js';

type Fetch = (ctx: Context, key: number) => Promise<object | null>;

/**
 * How `node(id)` fetches each type: through the request's loaders, so `nodes(ids)` batches too.
 * A type missing here cannot be fetched by global id.
 */
const fetchers: Record<string, Fetch> = {
  Employee: (ctx, key) => ctx.loaders.employeeById.load(key),
  Department: (ctx, key) => ctx.loaders.departmentById.load(key),
  InformationSource: (ctx, key) => ctx.loaders.informationSourceById.load(key),
  Counterparty: (ctx, key) => ctx.loaders.counterpartyById.load(key),
  CounterpartyGroup: (ctx, key) => ctx.loaders.counterpartyGroups.byId.load(key),
  CounterpartyObject: (ctx, key) => ctx.loaders.counterpartyObjectById.load(key),
  ParameterDefinition: (ctx, key) => ctx.loaders.parameterDefinitionById.load(key),
  Person: (ctx, key) => ctx.loaders.personById.load(key),
  ChronicleEntry: (ctx, key) => ctx.loaders.chronicleEntryById.load(key),
  Obligation: (ctx, key) => ctx.loaders.obligationById.load(key),
  ProductGroup: (ctx, key) => ctx.loaders.productGroups.byId.load(key),
  Product: (ctx, key) => ctx.loaders.productById.load(key),
  PriceType: (ctx, key) => ctx.loaders.priceTypeById.load(key),
  Price: (ctx, key) => ctx.loaders.priceById.load(key),
  Agreement: (ctx, key) => ctx.loaders.agreementById.load(key),
  Contract: (ctx, key) => ctx.loaders.contractById.load(key),
  ContractTemplate: (ctx, key) => ctx.loaders.contractTemplateById.load(key),
  Order: (ctx, key) => ctx.loaders.orderById.load(key),
};

/**
 * The row behind a global id, tagged with its `__typename` so graphql-js resolves the `Node`
 * interface to the right type. Null when nothing has the id.
 */
export async function fetchNode(ctx: Context, id: string, field: string[]): Promise<never> {
  const decoded = decodeGlobalId(id);
  if (!decoded) throw badInput(`"${id}" is not a global id.`, field);
  const fetch = fetchers[decoded.type];
  if (!fetch) return null as never;
  const row = await fetch(ctx, decoded.key);
  // Typed as never: the generated Node type is the union of every row type with its __typename.
  return (row && { __typename: decoded.type, ...row }) as never;
}
