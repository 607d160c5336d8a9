import type postgres from 'postgres';
import type { CapturedRequest } from './captured-sql.js';

/**
 * The floor of each scenario: the statements the server sent for one of its requests, captured as
 * it sent them (captured-sql.ts) and replayed straight through postgres.js (no HTTP, GraphQL,
 * authentication or Drizzle) by as many workers as the HTTP load has connections, each in a tight
 * loop. The statements of a wave go out together and the waves one after the other, as the
 * server's loaders send them; prepared statements are prepared here too. The floor's rate is what
 * the database allows; its client CPU is what receiving and decoding the rows costs the driver
 * (the JSON parse included), the server's first cost beyond SQL.
 */
export interface FloorResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** CPU of this process per replayed request: the driver's protocol work and row decoding. */
  clientCpuMsPerRequest: number;
}

export type Unit = () => Promise<void>;

/** Replays the captured `requests` in turn, each as the server sent it. */
export function replayUnit(sql: postgres.Sql, requests: CapturedRequest[]): Unit {
  let next = 0;
  return async () => {
    const request = requests[next++ % requests.length];
    for (const wave of request.waves) {
      await Promise.all(wave.map((statement) =>
        sql.unsafe(statement.sql, statement.params as postgres.ParameterOrJSON<never>[], { prepare: statement.prepared })));
    }
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `unit` from `workers` concurrent loops for `seconds` and answers the rate, latencies and CPU. */
export async function runFloor(unit: Unit, options: { workers: number; seconds: number }): Promise<FloorResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const end = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await unit();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
    clientCpuMsPerRequest: latencies.length > 0 ? (cpu.user + cpu.system) / 1000 / latencies.length : 0,
  };
}
