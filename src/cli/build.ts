/**
 * The build the CLI runs from: the version in package.json and the short git commit of the
 * working tree (from `git rev-parse`; else the CRUCIBLE_COMMIT environment variable, e.g. on a
 * cluster node that got a copy without .git; else null), and the fixed document time that
 * SOURCE_DATE_EPOCH asks for (reproducible outputs).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BuildInfo } from '../export/provenance';

/** Reads the Crucible version and git commit beside this source tree. */
export function readBuildInfo(env: NodeJS.ProcessEnv = process.env): BuildInfo {
  const root = new URL('../../', import.meta.url);
  const version = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
  return { version, commit: gitCommit(root) ?? (env.CRUCIBLE_COMMIT?.trim() || null) };
}

function gitCommit(cwd: URL): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The time every document names when SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC, as in
 * reproducible-builds.org) is set, else undefined. Throws an Error saying what is allowed for any other text.
 */
export function fixedTimeFromEnv(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (e.g. 1700000000), got ${JSON.stringify(value.slice(0, 40))}`);
  return new Date(Number(value) * 1000);
}
