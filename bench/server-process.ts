import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../src/lib/free-port.js';
import { spawnTypeScript } from './child.js';

/**
 * The API server under test, in a process of its own started as production starts it (`src/main.ts`),
 * with the statement-count header on. Its resident memory is sampled from /proc while it runs.
 */
export interface ServerProcess {
  /** What runs: this checkout, or a baseline commit's. */
  label: string;
  pid: number;
  baseUrl: string;
  /** CPU time (user and system) the server has used so far, in seconds; null without /proc. */
  cpuSeconds(): number | null;
  /** Peak resident set size seen since the last `resetPeak()`, in MB. */
  peakRssMb(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 120_000;
const RSS_SAMPLE_MS = 250;
/** SIGTERM lets in-flight requests finish for SHUTDOWN_TIMEOUT_MS (10 s by default); then the server is killed. */
const STOP_TIMEOUT_MS = 15_000;

/** VmRSS of a process in MB, from /proc (Linux); null where there is no /proc or the process is gone. */
export function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;

/** User plus system CPU time of a process in seconds, from /proc (Linux). */
export function cpuSeconds(pid: number): number | null {
  try {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th of the line.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited during startup (${child.signalCode ?? `exit code ${child.exitCode}`}):\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The server did not answer GET /health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Starts the server of the checkout at `root` (this one by default), called `label` in the report. */
export async function startServerProcess(databaseUrl: string, label = 'this checkout', root?: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawnTypeScript('src/main.ts', [], {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    SQL_STATEMENT_HEADER: '1',
    // The import section finds its mutation by introspection.
    INTROSPECTION: 'true',
    // The load sends as fast as the server answers, from one key: it measures throughput, which a
    // per-key cost budget would cut to the budget's rate (the cost is still computed and checked
    // against QUERY_COST_MAX, as in production).
    QUERY_COST_BUDGET_PER_MINUTE: '0',
  }, 'pipe', root);
  // Keep the server's output for error messages, and show it when it says something unexpected.
  let log = '';
  const keep = (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-20_000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', (chunk: Buffer) => { keep(chunk); process.stderr.write(`[${label}] ${chunk.toString('utf8')}`); });

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  let peak = 0;
  const sample = () => { peak = Math.max(peak, rssMb(pid) ?? 0); };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);

  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    // An unref'd timer: once the server has exited, nothing should keep the benchmark waiting.
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS, false, { ref: false })]);
    if (!stopped) {
      console.warn(`The server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it.`);
      child.kill('SIGKILL');
      await exited;
    }
  };

  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    label,
    pid,
    baseUrl,
    cpuSeconds: () => cpuSeconds(pid),
    peakRssMb: () => { sample(); return peak; },
    resetPeak: () => { peak = rssMb(pid) ?? 0; },
    stop,
  };
}
