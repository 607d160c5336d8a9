import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { resolvers } from '../schema/resolvers.generated.js';
import { typeDefs } from '../schema/typeDefs.generated.js';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { newRequestScope } from '../src/db/request-scope.js';
import type { Viewer } from '../src/modules/auth/viewer.js';

/**
 * This checkout's execution of a scenario's operations, measured in this process: the operation
 * compiled as the server compiles it (graphql-jit), run with a request's own database and loaders
 * by as many concurrent loops as the load has connections, without HTTP, Apollo or serialising the
 * answer. Its CPU per request is what resolvers, loaders and the driver cost; what the server
 * spends beyond it goes to Apollo, serialisation and HTTP.
 */
export interface ExecutionResult {
  requests: number;
  cpuMsPerRequest: number;
}

const BENCH_VIEWER: Viewer = { apiKeyId: 0, role: 'ADMIN', employeeId: null };

export async function measureExecution(
  databaseUrl: string, bodies: string[], options: { concurrency: number; warmupSeconds: number; seconds: number },
): Promise<ExecutionResult> {
  const database = await openDatabase({ url: databaseUrl, poolSize: 10 });
  try {
    const schema = makeExecutableSchema({ typeDefs, resolvers });
    const operations = bodies.map((body) => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      const compiled = compileQuery(schema, parse(query));
      if (!isCompiledQuery(compiled)) throw new Error(`The operation did not compile: ${JSON.stringify(compiled.errors)}`);
      return { compiled, variables };
    });
    let next = 0;
    const runOne = async () => {
      const { compiled, variables } = operations[next++ % operations.length];
      const scope = newRequestScope();
      scope.admission = { key: String(BENCH_VIEWER.apiKeyId), signal: new AbortController().signal };
      const result = await compiled.query(undefined, createContext(database.forRequest(scope), BENCH_VIEWER), variables);
      if (result.errors?.length) throw new Error(`The operation failed in process: ${result.errors[0].message}`);
    };
    const loop = async (seconds: number) => {
      let requests = 0;
      const end = performance.now() + seconds * 1000;
      const before = process.cpuUsage();
      await Promise.all(Array.from({ length: options.concurrency }, async () => {
        while (performance.now() < end) {
          await runOne();
          requests += 1;
        }
      }));
      const cpu = process.cpuUsage(before);
      return { requests, cpuMsPerRequest: requests > 0 ? (cpu.user + cpu.system) / 1000 / requests : 0 };
    };
    if (options.warmupSeconds > 0) await loop(options.warmupSeconds);
    return await loop(options.seconds);
  } finally {
    await database.close();
  }
}
