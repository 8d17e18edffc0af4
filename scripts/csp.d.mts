import type { Plugin } from 'vite';

export declare const metaDirectives: Record<string, string[]>;
export declare const headerOnlyDirectives: Record<string, string[]>;
export declare function policyOf(directives: Record<string, string[]>): string;
export declare const metaPolicy: string;
export declare const headerPolicy: string;
export declare const hostHeaders: Record<string, string>;
export declare function cspMeta(): Plugin;
