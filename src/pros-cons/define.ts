/**
 * Registers <cf-pros-cons>. Importing this file is the side effect;
 * import `./pros-cons.js` for the class alone.
 */
import { ProsCons } from './pros-cons.js';

ProsCons.define();

export { ProsCons };
