import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './child.js';

/**
 * Another commit's server, measured in the same run as this checkout's so that a change is
 * judged against the code it replaces on the same machine at the same time (`--baseline <rev>`).
 * The commit's files are exported with `git archive` into `.bench/baseline/<commit>` and its
 * dependencies installed there from its own lock file, once; later runs reuse the folder.
 */
export interface Baseline {
  /** What was asked for (a commit, a tag, `HEAD~3`). */
  revision: string;
  commit: string;
  dir: string;
}

export function prepareBaseline(revision: string): Baseline {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new Error(`--baseline ${revision} names no commit of this repository.`);
  }
  const dir = path.join(PROJECT_ROOT, '.bench', 'baseline', commit);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    console.log(`Baseline: exporting ${revision} (${commit.slice(0, 8)}) to ${path.relative(PROJECT_ROOT, dir)}…`);
    fs.mkdirSync(dir, { recursive: true });
    const archive = spawnSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (archive.status !== 0) throw new Error(`Exporting ${revision} failed.`);
  }
  if (!fs.existsSync(path.join(dir, 'node_modules'))) {
    console.log(`Baseline: installing ${revision}'s dependencies (npm ci)…`);
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) {
      fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
      throw new Error(`Installing ${revision}'s dependencies failed.`);
    }
  }
  return { revision, commit, dir };
}
