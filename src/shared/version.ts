/**
 * The library's version. Kept equal to package.json's "version" (a test
 * checks it) so that `define()` can tell two different copies apart.
 */
export const VERSION = '0.1.0';
