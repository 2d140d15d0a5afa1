/**
 * Registers <cf-participation-ladder>. Importing this file is the side effect;
 * import `./participation-ladder.js` for the class alone.
 */
import { ParticipationLadder } from './participation-ladder.js';

ParticipationLadder.define();

export { ParticipationLadder };
