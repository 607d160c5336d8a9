import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite keeps a whole PostgreSQL cluster in one folder and assumes it is the only process using
 * it: a second process opening the same folder writes over the first one's pages and corrupts the
 * database. So the folder is owned by one process at a time, recorded in a lock file that holds
 * the owner's pid. A lock whose process is gone (killed, crashed, or from before a reboot) is
 * stale and taken over.
 */
export const LOCK_FILE = 'owner.lock';

interface LockOwner {
  pid: number;
  command: string;
  since: string;
  /** Linux's boot id: a pid recorded before a reboot names nobody, whatever runs under it now. */
  bootId: string | null;
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly owner: LockOwner) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}). `
      + 'Only one process may open it at a time: stop that process first (for example the server started by `npm start`), '
      + 'then run this again. To work alongside a running server, use its API, or run both on PostgreSQL with DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

function currentBootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.bootId && owner.bootId !== currentBootId()) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it still owns the folder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable or not JSON: nothing can own the folder through it.
    return { pid: 0, command: 'unknown', since: 'unknown', bootId: null };
  }
}

/**
 * Takes the folder for this process, or throws DataDirLockedError naming the process that holds
 * it. The files of the database are not touched before the lock is held.
 */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).map((arg) => path.basename(arg)).join(' ')): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, command: command || 'node', since: new Date().toISOString(), bootId: currentBootId() };
  const text = JSON.stringify(mine);
  // Written whole under a private name, then linked into place: link fails if a lock exists, and
  // a reader never sees a half-written one.
  const draft = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, text);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw error;
      }
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, owner);
      // Stale: its process is gone. Remove it only if it is still the one just judged.
      if (owner === null || JSON.stringify(readOwner(file)) === JSON.stringify(owner)) fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }

  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (fs.readFileSync(file, 'utf8') === text) fs.rmSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  // A process that exits without closing the database (process.exit, an uncaught error) still
  // frees the folder; one killed outright leaves a stale lock, which the next opener takes over.
  process.on('exit', release);
  return { release };
}
