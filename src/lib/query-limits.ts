import {
  GraphQLError, Kind, parse, type ASTVisitor, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext,
} from 'graphql';

// Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED.
const limitError = (message: string) => new GraphQLError(message);

/**
 * A measure of an operation with every fragment spread expanded, computed in time linear in the
 * document: each fragment is measured once and its value reused wherever it is spread. A walk
 * that re-entered fragments at every spread would cost 2^k for k fragments that each spread the
 * next one twice. `ofField` gets the field and a thunk measuring what it selects; `combine` folds
 * the values of one selection set's members.
 */
function expandedMeasure(
  context: ValidationContext,
  ofField: (field: FieldNode, below: () => number) => number,
  combine: (a: number, b: number) => number,
): (selectionSet: SelectionSetNode) => number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const known = new Map<string, number>();
  const visiting = new Set<string>();
  const measure = (selectionSet: SelectionSetNode): number => {
    let value = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet;
        value = combine(value, ofField(selection, () => (inner ? measure(inner) : 0)));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        value = combine(value, measure(selection.selectionSet));
      } else {
        value = combine(value, measureFragment(selection.name.value));
      }
    }
    return value;
  };
  const measureFragment = (name: string): number => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const selectionSet = fragments.get(name);
    // An unknown fragment or a cycle is reported by graphql-js's own rules; here it counts as empty.
    if (!selectionSet || visiting.has(name)) return 0;
    visiting.add(name);
    const value = measure(selectionSet);
    visiting.delete(name);
    known.set(name, value);
    return value;
  };
  return measure;
}

// Introspection nests deeply by design and is bounded by the schema (and INTROSPECTION).
const isIntrospection = (field: FieldNode) => field.name.value.startsWith('__');

/** Rejects operations nested deeper than `maxDepth` selection sets, following fragments. */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    /** How many selection sets nest below a selection set. */
    const heightOf = expandedMeasure(context, (field, below) => (field.selectionSet && !isIntrospection(field) ? 1 + below() : 0), Math.max);
    return {
      OperationDefinition(operation) {
        const depth = 1 + heightOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(limitError(`The operation nests ${depth} levels deep; at most ${maxDepth} are allowed.`));
        }
      },
    };
  };
}

/**
 * Rejects operations that would resolve more than `maxAliases` aliased fields, the usual way to
 * multiply work. A fragment counts every time it is spread, so aliases hidden in a fragment that
 * is spread under many aliases count as many times as they would run.
 */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const aliasesIn = expandedMeasure(context, (field, below) => (field.alias ? 1 : 0) + below(), (a, b) => a + b);
    return {
      OperationDefinition(operation) {
        if (aliasesIn(operation.selectionSet) > maxAliases) {
          context.reportError(limitError(`The operation uses more than ${maxAliases} aliased fields; at most ${maxAliases} are allowed.`));
        }
      },
    };
  };
}

/**
 * Rejects operations whose cost, the number of fields they select once every fragment spread is
 * expanded (introspection aside), is over `maxCost`. It bounds what depth and aliases leave open:
 * fragments that fan out without aliases, which graphql-jit would compile field by field.
 */
export function costLimit(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const costOf = expandedMeasure(context, (field, below) => (isIntrospection(field) ? 0 : 1 + below()), (a, b) => a + b);
    return {
      OperationDefinition(operation) {
        if (costOf(operation.selectionSet) > maxCost) {
          context.reportError(limitError(`The operation selects more than ${maxCost} fields once its fragments are expanded; at most ${maxCost} are allowed.`));
        }
      },
    };
  };
}

/**
 * Whether a request body (`{ query, operationName }`) runs an import mutation: the operation it
 * selects is a mutation and every root field of it is an `import...` field. Only those may send
 * bodies of many megabytes; the check parses the document, which is small even then.
 */
export function isImportMutation(body: unknown, maxTokens: number): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = typeof operationName === 'string'
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1 ? operations[0] : undefined;
  return operation?.operation === 'mutation' && operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('import'),
  );
}
