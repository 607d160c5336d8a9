import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute, getVariableValues, GraphQLError, visit, type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLSchema, type OperationDefinitionNode,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { BaseContext } from '@apollo/server';

type Gateway<Context extends BaseContext> = ApolloServerOptionsWithGateway<Context>['gateway'];

/**
 * graphql-jit reports a resolver's thrown error as an error of its own whose `extensions` is
 * undefined when the thrown error was not a GraphQLError (a database failure, a bug). Apollo's
 * error handling reads `extensions` and throws on it, so neither `formatError` nor the log of
 * unexpected errors would run, and the client would get an untyped answer. Rebuilt here as graphql-js
 * reports them: a GraphQLError with the thrown error as its `originalError`, and the field's
 * nodes (graphql-jit keeps only their locations), which `formatError` reads the arguments from.
 */
function asApolloError(error: GraphQLError, fieldsAt: (locations: readonly SourceLocation[] | undefined) => FieldNode[] | undefined): GraphQLError {
  if (error instanceof GraphQLError && error.extensions) return error;
  const nodes = error.nodes ?? fieldsAt(error.locations);
  return new GraphQLError(error.message, {
    nodes,
    source: nodes ? undefined : error.source,
    positions: nodes ? undefined : error.positions,
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: error.extensions ?? {},
  });
}

/**
 * The fields of `document` by where they start, as graphql-jit computes an error's locations;
 * the document is walked once, on the first error, however many errors a result has.
 */
function fieldFinder(document: DocumentNode): (locations: readonly SourceLocation[] | undefined) => FieldNode[] | undefined {
  let byStart: Map<string, FieldNode[]> | undefined;
  return (locations) => {
    if (!locations?.length) return undefined;
    if (!byStart) {
      const index = new Map<string, FieldNode[]>();
      visit(document, {
        Field(field) {
          const start = field.loc?.startToken;
          if (!start) return;
          const key = `${start.line}:${start.column}`;
          index.set(key, [...(index.get(key) ?? []), field]);
        },
      });
      byStart = index;
    }
    const fields = locations.flatMap((location) => byStart!.get(`${location.line}:${location.column}`) ?? []);
    return fields.length > 0 ? fields : undefined;
  };
}

/**
 * Runs operations through graphql-jit instead of graphql-js's interpreter: each distinct
 * operation is compiled once into a function that resolves and completes exactly the fields it
 * selects, which spends far less CPU per field on large nested answers (a 50-card query resolves
 * thousands of fields). Apollo still parses, validates (depth and alias limits included), formats
 * errors and serialises; only execution changes.
 *
 * Apollo Server 5 has no executor option; its `gateway` hook is the one place to plug one in. This
 * gateway serves one fixed schema and never updates it.
 */
export function jitGateway<Context extends BaseContext>(schema: GraphQLSchema, maxCompiledOperations = 1000): Gateway<Context> {
  // Insertion-ordered: when full, the oldest compiled operation goes first.
  const compiled = new Map<string, CompiledQuery>();

  function compiledOperation(key: string, compile: () => CompiledQuery | ExecutionResult): CompiledQuery | ExecutionResult {
    const known = compiled.get(key);
    if (known) return known;
    const result = compile();
    if (!isCompiledQuery(result)) return result;
    if (compiled.size >= maxCompiledOperations) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, result);
    return result;
  }

  return {
    async load() {
      return {
        executor: async (request) => {
          // Apollo runs the executor even when the request selects no operation of the document
          // (an operationName it does not hold, "" included; none for several operations), and
          // answers the executor's error with OPERATION_RESOLUTION_FAILURE. graphql-js reports that
          // before it runs anything; graphql-jit would run the only operation for a name it took
          // for no name (""), and Apollo would answer a 500.
          if (!(request.operation as OperationDefinitionNode | undefined)) {
            return await execute({
              schema, document: request.document, operationName: request.request.operationName, contextValue: request.context, variableValues: request.request.variables,
            }) as ExecutionResult<Record<string, unknown>>;
          }
          const operationName = request.operation.name?.value;
          const operation = compiledOperation(
            `${request.queryHash}\n${operationName ?? ''}`,
            () => compileQuery(schema, request.document, operationName),
          );
          if (!isCompiledQuery(operation)) return operation as ExecutionResult<Record<string, unknown>>;
          const variables = request.request.variables ?? {};
          const result = await operation.query(undefined, request.context, variables) as ExecutionResult<Record<string, unknown>>;
          if (result.data === undefined && result.errors?.length) {
            // Variables were refused. graphql-js words the reasons as Apollo and clients know them
            // (BAD_USER_INPUT, with the variable's path); run its check to report them.
            const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables);
            if (coerced.errors) return { errors: coerced.errors };
            // graphql-js accepts what graphql-jit refused: let graphql-js run the operation.
            return await execute({
              schema, document: request.document, operationName, contextValue: request.context, variableValues: variables,
            }) as ExecutionResult<Record<string, unknown>>;
          }
          if (!result.errors) return result;
          const fieldsAt = fieldFinder(request.document);
          return { ...result, errors: result.errors.map((error) => asApolloError(error, fieldsAt)) };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
