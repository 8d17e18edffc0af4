/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />
/** App version from package.json, injected by Vite. */
declare const __APP_VERSION__: string;
/** Short git commit of the build, injected by Vite (null outside a git checkout). */
declare const __GIT_COMMIT__: string | null;
