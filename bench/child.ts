import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: children run from here so `--import tsx` and relative paths resolve. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Loaded into every child: it stops the child when the benchmark goes away (see the file). */
const EXIT_WITH_PARENT = fileURLToPath(new URL('./exit-with-parent.ts', import.meta.url));

/**
 * Starts `script` (a TypeScript file under `root`, by default this checkout) in a new Node
 * process with `root`'s tsx loader. Node itself is the child, with no npx or shell in between,
 * so its pid is the process that does the work (what the RSS sampling needs). An IPC channel ties
 * the child to this process: when the benchmark ends, however it ends, the child is stopped (see
 * exit-with-parent.ts).
 */
export function spawnTypeScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  stdio: 'inherit' | 'pipe' = 'inherit',
  root = PROJECT_ROOT,
): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', EXIT_WITH_PARENT, script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: stdio === 'inherit' ? ['inherit', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The channel is only there to close when this process ends; it must not keep this one alive.
  child.channel?.unref();
  return child;
}

/** Runs a TypeScript CLI to completion; rejects when it exits with anything but 0. */
export function runTypeScript(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTypeScript(script, args, env);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}
