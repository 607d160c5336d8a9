/**
 * The codes Apollo gives the GraphQL request errors of a well-formed request: the document does
 * not parse (our token limit included), does not validate (our depth and alias limits included),
 * names no operation it contains, or its variables do not coerce; and ours: it costs more than
 * QUERY_COST_MAX. Apollo answers each with 400.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT',
  // An operation over QUERY_COST_MAX is refused before it runs, as a validation failure is.
  'QUERY_TOO_COSTLY',
]);

/**
 * The HTTP status to send for Apollo's answer (`status`, its `content-type` and its `body`).
 *
 * The GraphQL-over-HTTP spec ties status codes to the response's media type. With
 * `application/graphql-response+json`, a request error is 4xx (Apollo's 400, kept). With the
 * legacy `application/json`, a client cannot tell a 4xx from the server from one made up by a
 * proxy on the way, so the spec says a well-formed request SHOULD get 200 whatever GraphQL
 * request error it raised: parse, validation, operation resolution or variable coercion failure.
 * Apollo answers those with 400 in both media types; this turns that 400 into 200 for
 * `application/json`, the type Apollo picks for `Accept: application/json`, for a wildcard and
 * when there is no Accept header.
 *
 * Everything else keeps its status: a request that is not well-formed GraphQL-over-HTTP (no
 * `query`, a `variables` that is no map, a batch, a CSRF refusal: Apollo's BAD_REQUEST) SHOULD
 * stay 400 in either media type, and so do 401, 405, 406, 413 and 5xx. Malformed JSON is
 * refused by server.ts itself before Apollo sees it. The response's content type, not the
 * request's Accept header, decides, as it is the media type the spec's rules are about.
 */
export function legacyJsonStatus(status: number, contentType: string | undefined, body: string | undefined): number {
  if (status !== 400 || body === undefined) return status;
  if (contentType?.split(';')[0].trim().toLowerCase() !== 'application/json') return status;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return status;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return status;
  const code = (error: unknown) => (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return errors.every((error) => REQUEST_ERROR_CODES.has(code(error) as string)) ? 200 : status;
}
