import {
  getNamedType, isCompositeType, isInputType, isLeafType, isObjectType, isInterfaceType, Kind, typeFromAST, valueFromAST,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection.js';

/**
 * What an operation may cost, computed from its document and variables before it runs, after
 * GitHub's node limit and Shopify's calculated query cost:
 *
 * - a scalar or enum field costs 0, `__typename` and introspection too;
 * - any other field (an object, or a plain list of objects such as an order's lines) costs 1 plus
 *   what it selects;
 * - a connection costs 1 plus its page size (`first` or `last`, the default page size when
 *   neither is given) times what each of its edges selects, plus what it selects beside its edges
 *   (`pageInfo` and `edges` themselves are free; `totalCount` is a scalar). Connections nested in
 *   connections multiply: 100 counterparties with 10 chronicle entries each cost 1 + 100 × (1 + 1 + 10 × 1).
 *
 * Fragments and inline fragments count as the fields they hold, under their type condition. The
 * walk visits each field as many times as it would run, which the validation rule `costLimit`
 * (src/lib/query-limits.ts, MAX_QUERY_COST) bounds before this runs.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const root = operation.operation === 'query' ? schema.getQueryType()
    : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  // The request's variables are not coerced yet: a variable left out takes its declared default.
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && type && isInputType(type)) values[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }
  Object.assign(values, variables);

  /** Each field of `selectionSet` with the type it is selected on, fragments followed. */
  const fieldsOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, visit: (field: FieldNode, on: GraphQLCompositeType) => void) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        visit(selection, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fieldsOf(selection.selectionSet, narrowed(selection.typeCondition?.name.value) ?? type, visit);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) fieldsOf(fragment.selectionSet, narrowed(fragment.typeCondition.name.value) ?? type, visit);
      }
    }
  };
  const narrowed = (name: string | undefined) => {
    const type = name ? schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  };
  const definitionOf = (field: FieldNode, on: GraphQLCompositeType): GraphQLField<unknown, unknown> | undefined =>
    (isObjectType(on) || isInterfaceType(on) ? on.getFields()[field.name.value] : undefined);

  const costOfSelection = (selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType): number => {
    if (!selectionSet) return 0;
    let cost = 0;
    fieldsOf(selectionSet, type, (field, on) => { cost += costOfField(field, on); });
    return cost;
  };

  const costOfField = (field: FieldNode, on: GraphQLCompositeType): number => {
    if (field.name.value.startsWith('__')) return 0;
    const definition = definitionOf(field, on);
    // A field the schema lacks fails validation; it costs nothing here.
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (isLeafType(type) || !isCompositeType(type)) return 0;
    if (isConnection(type)) return 1 + costOfConnection(field, type, pageSize(field, definition));
    return 1 + costOfSelection(field.selectionSet, type);
  };

  /** What a connection's selection costs: its edges' selection `size` times, the rest once. */
  const costOfConnection = (field: FieldNode, type: GraphQLCompositeType, size: number): number => {
    let cost = 0;
    fieldsOf(field.selectionSet!, type, (member, on) => {
      const name = member.name.value;
      if (name === 'pageInfo') return;
      if (name === 'edges') {
        const edge = getNamedType(definitionOf(member, on)?.type);
        if (edge && isCompositeType(edge)) cost += size * costOfSelection(member.selectionSet, edge);
        return;
      }
      cost += costOfField(member, on);
    });
    return cost;
  };

  /** The page a connection field asks for: `first` or `last`, from the document or its variables. */
  const pageSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number => {
    for (const name of ['first', 'last']) {
      const argument = field.arguments?.find((candidate) => candidate.name.value === name);
      const declared = definition.args.find((candidate) => candidate.name === name);
      if (!argument || !declared) continue;
      const value = valueFromAST(argument.value, declared.type, values);
      // A negative or oversized page is refused by the resolver; here it counts as what it asks.
      if (typeof value === 'number') return Math.max(0, value);
    }
    return DEFAULT_PAGE_SIZE;
  };

  return costOfSelection(operation.selectionSet, root);
}

/** A Relay connection type: named `...Connection`, with `edges`. */
function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
}
