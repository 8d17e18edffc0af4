/** Types of scripts/mutation-dirs.mjs for the TypeScript tests. */
export interface MutationGroup {
  label: string;
  files: string[];
  tests: string[];
}
export interface MutationDir {
  root: string;
  testRoot: string;
  groups: MutationGroup[];
  /** Only the files its groups list are measured, not every file under `root`. */
  partial?: boolean;
}
export const MUTATION_DIRS: Record<string, MutationDir>;
export const REPORT_DIR: string;
export function reportPath(name: string): string;
