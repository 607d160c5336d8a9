/**
 * Cross-origin access for browser front ends (CORS_ORIGINS). A listed origin may call the API from
 * a browser: its preflight is answered, and its responses name it in Access-Control-Allow-Origin.
 * `*` lets any origin in but never with credentials (browsers refuse that pair, and it would let
 * any site ride a user's cookies). Apollo's CSRF prevention still guards simple requests, which a
 * browser sends without a preflight.
 */
export interface CorsPolicy {
  /** The headers to add to a response to a request from `origin`, or null if it is not allowed. */
  headersFor(origin: string): Record<string, string> | null;
  /** Headers for the answer to an allowed origin's preflight. */
  preflightHeaders(origin: string, requestedHeaders: string | undefined): Record<string, string>;
}

/** Headers a browser front end may read from our responses. */
const EXPOSED_HEADERS = 'x-request-id, x-sql-statements';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** An origin as listed: `https://app.example.com`, `http://localhost:*` (any port), or `*`. */
export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const patterns = origins.filter((origin) => origin !== '*').map((origin) => {
    const anyPort = origin.endsWith(':*');
    return { base: anyPort ? origin.slice(0, -2) : origin, anyPort };
  });
  const allows = (origin: string) => any || patterns.some(({ base, anyPort }) =>
    origin === base || (anyPort && origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1))));

  return {
    headersFor(origin) {
      if (!allows(origin)) return null;
      const headers: Record<string, string> = { 'access-control-expose-headers': EXPOSED_HEADERS };
      if (any) {
        headers['access-control-allow-origin'] = '*';
      } else {
        // The answer names the caller's origin, so caches must keep one answer per origin.
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-credentials'] = 'true';
        headers.vary = 'Origin';
      }
      return headers;
    },
    preflightHeaders(origin, requestedHeaders) {
      return {
        ...this.headersFor(origin),
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
        // Any request header may be sent; what guards the API is the origin and the key.
        ...(requestedHeaders ? { 'access-control-allow-headers': requestedHeaders } : {}),
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      };
    },
  };
}

/** Checks one entry of CORS_ORIGINS; answers what is wrong with it, or null. */
export function corsOriginProblem(entry: string): string | null {
  if (entry === '*') return null;
  const withoutWildcardPort = entry.endsWith(':*') ? entry.slice(0, -2) : entry;
  let url: URL;
  try {
    url = new URL(withoutWildcardPort);
  } catch {
    return `"${entry}" is not an origin such as https://app.example.com`;
  }
  if (url.origin !== withoutWildcardPort) return `"${entry}" must be an origin alone (scheme, host and port, no path or trailing slash), such as ${url.origin}`;
  return null;
}

/** The origins a development server lets in when CORS_ORIGINS is unset: local front ends on any port. */
export const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];
