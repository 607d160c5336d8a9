import autocannon from 'autocannon';
import type { HttpScenario } from './scenarios.js';

/** What autocannon measured for one scenario. */
export interface LoadResult {
  /** Mean of the per-second request counts. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** 2xx answers that carried GraphQL errors. */
  graphqlErrors: number;
}

const headers = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });

/** Sends one body and answers the parsed response with the `x-sql-statements` header. */
export async function postGraphQL(baseUrl: string, key: string, body: string): Promise<{ status: number; json: any; statements: number | null }> {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: headers(key), body });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  const header = response.headers.get('x-sql-statements');
  return { status: response.status, json, statements: header === null ? null : Number(header) };
}

/**
 * Sends each of the scenario's bodies twice and fails loudly unless every answer is a 200 with
 * the expected data and no errors. Answers the SQL statements each body's second request sent,
 * from the `x-sql-statements` header (the server is started with SQL_STATEMENT_HEADER on): the
 * steady state of the load, where the API key has been checked already and may be cached.
 */
export async function verifyScenario(baseUrl: string, key: string, scenario: HttpScenario): Promise<number[]> {
  const statements: number[] = [];
  for (const body of scenario.bodies) {
    for (let pass = 0; pass < 2; pass++) {
      const { status, json, statements: count } = await postGraphQL(baseUrl, key, body);
      const problem = status !== 200 ? `HTTP ${status}`
        : json.errors ? `errors: ${JSON.stringify(json.errors).slice(0, 500)}`
          : scenario.check(json.data);
      if (problem) throw new Error(`The ${scenario.name} scenario's request ${body.slice(0, 300)} did not answer as expected: ${problem}`);
      if (count === null) throw new Error('The server sent no x-sql-statements header; is SQL_STATEMENT_HEADER honoured?');
      if (pass === 1) statements.push(count);
    }
  }
  return statements;
}

let running: autocannon.Instance | null = null;

/** Stops a load in progress (on Ctrl-C). */
export function stopLoad(): void {
  running?.stop();
}

/**
 * Runs `connections` keep-alive connections for `seconds`, each sending the scenario's bodies in
 * turn as fast as answers come back.
 */
export function runLoad(
  baseUrl: string, key: string, scenario: HttpScenario, options: { connections: number; seconds: number },
): Promise<LoadResult> {
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    running = autocannon({
      url: `${baseUrl}/graphql`,
      connections: options.connections,
      duration: options.seconds,
      requests: scenario.bodies.map((body) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: headers(key),
        body,
        // A cheap look for GraphQL errors: a 200 with errors would make the figures meaningless.
        onResponse: (status: number, responseBody: string) => {
          if (status === 200 && responseBody.includes('"errors":')) graphqlErrors += 1;
        },
      })),
    }, (error, result) => {
      running = null;
      if (error) {
        reject(error);
        return;
      }
      resolve({
        reqPerSec: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        graphqlErrors,
      });
    });
  });
}
