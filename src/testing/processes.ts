import { spawn, type ChildProcess } from 'node:child_process';

/** A server process started as deployed (`node src/main.ts`), once it says where it is ready. */
export interface ServerProcess { child: ChildProcess; url: string; exited: Promise<number | null> }

/**
 * Starts `src/main.ts` in a process of its own with `env` added to this one's (listening on a free
 * port of 127.0.0.1, logging errors only); answers once it is ready, or fails with its output when
 * it exits first. The caller kills it.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) { clearInterval(timer); resolve(match[1]); }
    }, 50);
    void exited.then(() => { clearInterval(timer); reject(new Error(`server exited: ${output}`)); });
  });
  return { child, url, exited };
}
