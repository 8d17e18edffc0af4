/**
 * The build a CLI document names (src/cli/build.ts): the git commit when git knows it, else
 * CRUCIBLE_COMMIT, else null — never a failure — checked through the CLI process with git made
 * unusable (GIT_DIR pointing nowhere); and SOURCE_DATE_EPOCH read as whole seconds or refused.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fixedTimeFromEnv } from '../../../src/cli/build';

function commitOf(env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'solidification', '--set', 'mode=steady'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).commit;
}

describe('the commit in each document', () => {
  it('is git’s, else CRUCIBLE_COMMIT, else null', () => {
    const git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const noGit = { GIT_DIR: '/nonexistent/crucible-no-git' };
    expect(commitOf({ CRUCIBLE_COMMIT: 'feedbee' })).toBe(git);
    expect(commitOf({ ...noGit, CRUCIBLE_COMMIT: 'feedbee' })).toBe('feedbee');
    expect(commitOf({ ...noGit, CRUCIBLE_COMMIT: '' })).toBeNull();
  }, 60_000);
});

describe('SOURCE_DATE_EPOCH', () => {
  it('fixes the time to whole seconds since 1970 UTC, and is ignored when unset or empty', () => {
    expect(fixedTimeFromEnv('1767225600')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(fixedTimeFromEnv('0')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(fixedTimeFromEnv(undefined)).toBeUndefined();
    expect(fixedTimeFromEnv('')).toBeUndefined();
  });

  it('refuses anything but whole seconds, saying what is allowed', () => {
    for (const bad of ['-1', '1.5', 'yesterday', '1e9', ' 12']) expect(() => fixedTimeFromEnv(bad), bad).toThrow(/SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC/);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'solidification'], { env: { ...process.env, SOURCE_DATE_EPOCH: 'soon' }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sim: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (e.g. 1700000000), got "soon"\n');
  }, 30_000);
});
