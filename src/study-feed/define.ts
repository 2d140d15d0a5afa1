/**
 * Registers <cf-study-feed>. Importing this file is the side effect;
 * import `./study-feed.js` for the class alone.
 */
import { StudyFeed } from './study-feed.js';

StudyFeed.define();

export { StudyFeed };
