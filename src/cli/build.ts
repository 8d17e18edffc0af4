/**
 * The build the CLI runs from: the version in package.json and the short git commit of the
 * working tree (null when git or the repository is not there).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BuildInfo } from '../export/provenance';

/** Reads the Crucible version and git commit beside this source tree. */
export function readBuildInfo(): BuildInfo {
  const root = new URL('../../', import.meta.url);
  const version = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
  return { version, commit: gitCommit(root) };
}

function gitCommit(cwd: URL): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}
