import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/free-port.js';

/**
 * A PostgreSQL server of a test's own, in a temporary folder on a free port, that the test may
 * stop, crash and restart under a running API (the shared server on 5432 must never be touched).
 * PostgreSQL refuses to run as root; as root it runs as the `postgres` user.
 */
export class ThrowawayPostgres {
  private constructor(private readonly bin: string, private readonly dir: string, readonly port: number) {}

  /** The reason instead, when this machine has no PostgreSQL binaries to run one. */
  static async create(): Promise<ThrowawayPostgres | string> {
    const bin = findBinaries();
    if (!bin) return 'initdb and pg_ctl are not on PATH or in /usr/lib/postgresql/*/bin';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-throwaway-pg-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
    const server = new ThrowawayPostgres(bin, dir, await freePort());
    server.run('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '--no-sync', '--no-instructions']);
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=30`;
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-l', path.join(this.dir, 'log'), '-o', options, '-w', 'start']);
  }

  /** `fast` rolls back and disconnects every session; `immediate` is a crash (recovery on start). */
  stop(mode: 'fast' | 'immediate'): void {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop('immediate');
    } catch {
      // Already stopped.
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const command = path.join(this.bin, tool);
    if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  }
}

function findBinaries(): string | null {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter),
    ...safeList('/usr/lib/postgresql').map((version) => path.join('/usr/lib/postgresql', version, 'bin')),
  ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort().reverse();
  } catch {
    return [];
  }
}
