import {
  GraphQLError, Kind, parse, type ASTVisitor, type DocumentNode, type OperationDefinitionNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext,
} from 'graphql';

// Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED.
const limitError = (message: string) => new GraphQLError(message);

/** Rejects operations nested deeper than `maxDepth` selection sets, following fragments. */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode, depth: number, visiting: Set<string>): number => {
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          // Introspection nests deeply by design and is bounded by the schema (and INTROSPECTION).
          if (selection.selectionSet && !selection.name.value.startsWith('__')) {
            deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, visiting));
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment cycle is reported by graphql-js's own rule; here it just stops the walk.
          if (fragment && !visiting.has(name)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...visiting, name])));
          }
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 1, new Set());
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
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const fragmentTotals = new Map<string, number>();
    const aliasesIn = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) total += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet, visiting);
        else if (selection.kind === Kind.INLINE_FRAGMENT) total += aliasesIn(selection.selectionSet, visiting);
        else total += fragmentAliases(selection.name.value, visiting);
        if (total > maxAliases) return total;
      }
      return total;
    };
    const fragmentAliases = (name: string, visiting: Set<string>): number => {
      const known = fragmentTotals.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // A fragment cycle is reported by graphql-js's own rule; here it just stops the count.
      if (!fragment || visiting.has(name)) return 0;
      const total = aliasesIn(fragment.selectionSet, new Set([...visiting, name]));
      fragmentTotals.set(name, total);
      return total;
    };
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet, new Set());
        if (aliases > maxAliases) {
          context.reportError(limitError(`The operation uses more than ${maxAliases} aliased fields; at most ${maxAliases} are allowed.`));
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
