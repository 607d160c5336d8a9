import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: by default the server and the apikey command run from there. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A tsx script of the checkout in `root` run as a child process (`node --import tsx <script>`). */
export function runScript(root: string, script: string, args: string[], env: Record<string, string>, log: fs.WriteStream): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  return child;
}

/**
 * The API server as a child process, started the way `npm start` does (it migrates the database
 * first), killed with SIGKILL: no shutdown hook runs, transactions in progress die with it.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly url: string;

  constructor(
    private readonly root: string, private readonly env: Record<string, string>, readonly port: number, private readonly log: fs.WriteStream,
  ) {
    this.url = `http://127.0.0.1:${port}/graphql`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const child = runScript(this.root, 'src/main.ts', [], { ...this.env, HOST: '127.0.0.1', PORT: String(this.port) }, this.log);
    this.child = child;
    let exitCode: number | null | undefined;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve();
    }));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`The server exited (code ${exitCode}) before it was ready; see the server log.`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The server was not ready within ${timeoutMs / 1000} s; see the server log.`);
  }

  /** SIGKILL, and wait until the process is gone. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** SIGTERM (in-flight requests finish) and wait until the process is gone; SIGKILL after `timeoutMs`. Answers whether it exited by itself. */
  async stop(timeoutMs = 15_000): Promise<boolean> {
    if (!this.child) return true;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      this.exited.then(() => true),
      new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); }),
    ]);
    clearTimeout(timer);
    if (!exited) await this.kill();
    this.child = null;
    return exited;
  }
}

/** Creates an ADMIN key with `npm run apikey` on the database at `databaseUrl`; answers the key. */
export async function createAdminKey(root: string, databaseUrl: string, log: fs.WriteStream): Promise<string> {
  const child = runScript(root, 'src/cli/apikey.ts', ['create', '--role', 'ADMIN', '--name', 'crash test'], { DATABASE_URL: databaseUrl }, log);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const key = /shown only now:\s+(\S+)/.exec(output)?.[1];
  if (code !== 0 || !key) throw new Error(`npm run apikey failed (exit ${code}): ${output.trim()}`);
  return key;
}
