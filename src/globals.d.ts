/** Build-time flags set by vite.config.ts `define`. */
declare const __FIREFOX__: boolean;
/** True only in test builds (and unit tests): enables test hooks that store builds never ship. */
declare const __TEST_HOOKS__: boolean;
