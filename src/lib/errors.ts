import { GraphQLError } from 'graphql';

/** The codes a thrown error may carry in `extensions.code`; clients switch on these. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'QUERY_TOO_COSTLY'
  | 'BUDGET_EXHAUSTED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An error for the failures that are not part of a mutation's normal answer: who may call, what
 * does not exist, a stale version. `field` is the argument path at fault, when there is one.
 */
export function apiError(code: ErrorCode, message: string, field?: readonly string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const unauthenticated = (message = 'Send an API key as "Authorization: Bearer <key>".') =>
  apiError('UNAUTHENTICATED', message);

export const forbidden = (message: string) => apiError('FORBIDDEN', message);

export const notFound = (what: string, field: readonly string[]) =>
  apiError('NOT_FOUND', `${what} was not found.`, field);

export const badInput = (message: string, field?: readonly string[]) => apiError('BAD_USER_INPUT', message, field);

export const staleVersion = (what: string, expected: number, actual: number) =>
  apiError(
    'CONFLICT',
    `${what} was changed by someone else: you sent version ${expected}, it is now at version ${actual}. Read it again and reapply your change.`,
    ['input', 'expectedVersion'],
  );
