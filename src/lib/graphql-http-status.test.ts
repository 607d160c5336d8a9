import { describe, expect, it } from 'vitest';
import { legacyJsonStatus } from './graphql-http-status.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_TYPE = 'application/graphql-response+json; charset=utf-8';
const errors = (...codes: Array<string | undefined>) =>
  JSON.stringify({ errors: codes.map((code) => ({ message: 'x', ...(code ? { extensions: { code } } : {}) })) });

describe('legacyJsonStatus', () => {
  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY'])(
    'answers a %s request error with 200 in application/json',
    (code) => {
      expect(legacyJsonStatus(400, JSON_TYPE, errors(code))).toBe(200);
      expect(legacyJsonStatus(400, 'application/json', errors(code, code))).toBe(200);
      expect(legacyJsonStatus(400, 'Application/JSON ;charset=utf-8', errors(code))).toBe(200);
    },
  );

  it('keeps 400 for request errors in application/graphql-response+json', () => {
    expect(legacyJsonStatus(400, GRAPHQL_TYPE, errors('GRAPHQL_PARSE_FAILED'))).toBe(400);
    expect(legacyJsonStatus(400, GRAPHQL_TYPE, errors('GRAPHQL_VALIDATION_FAILED'))).toBe(400);
    expect(legacyJsonStatus(400, GRAPHQL_TYPE, errors('BAD_USER_INPUT'))).toBe(400);
  });

  it('keeps 400 for a request that is not well-formed (missing query, batch, CSRF refusal)', () => {
    expect(legacyJsonStatus(400, JSON_TYPE, errors('BAD_REQUEST'))).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, errors('GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'))).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, errors(undefined))).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, errors('INTERNAL_SERVER_ERROR'))).toBe(400);
  });

  it('keeps every status but 400', () => {
    for (const status of [200, 401, 403, 405, 406, 413, 429, 500]) {
      expect(legacyJsonStatus(status, JSON_TYPE, errors('GRAPHQL_VALIDATION_FAILED'))).toBe(status);
    }
  });

  it('keeps 400 for a body that is not a GraphQL error response', () => {
    expect(legacyJsonStatus(400, JSON_TYPE, undefined)).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, '')).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, 'Bad request')).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, 'null')).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, '{"errors": []}')).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, '{"errors": [null]}')).toBe(400);
    expect(legacyJsonStatus(400, 'text/plain', errors('GRAPHQL_PARSE_FAILED'))).toBe(400);
    expect(legacyJsonStatus(400, undefined, errors('GRAPHQL_PARSE_FAILED'))).toBe(400);
  });
});
