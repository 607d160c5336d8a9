import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../context';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/**
 * graphql-jit reports a resolver's thrown error as an error of its own whose `extensions` is
 * undefined when the thrown error was not a GraphQLError (a database failure, a bug). Apollo's
 * error handling reads `extensions` and throws on it, so `formatError`, which logs unexpected
 * errors, would never run and the client would get an untyped answer. Rebuilt here as graphql-js
 * reports them: a GraphQLError with the thrown error as its `originalError`.
 */
function asApolloError(error: GraphQLError): GraphQLError {
  if (error instanceof GraphQLError && error.extensions) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: error.extensions ?? {},
  });
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
export function jitGateway(schema: GraphQLSchema, maxCompiledOperations = 1000): Gateway {
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
          // The name the client sent, not `request.operationName` (the operation Apollo resolved,
          // null when the name matches none): graphql-jit must refuse an unknown name, not run
          // the document's only operation.
          const operationName = request.request.operationName ?? undefined;
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
          return result.errors ? { ...result, errors: result.errors.map(asApolloError) } : result;
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
