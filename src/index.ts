/**
 * critical-friend, all in one: registers every element and exports the
 * classes and `parseFeed`. Each widget's `define` module is also its own
 * build entry (`dist/participation-ladder.js`, `dist/pros-cons.js`,
 * `dist/study-feed.js`), so this file shares their chunks.
 */
export { ParticipationLadder } from './participation-ladder/define.js';
export { ProsCons } from './pros-cons/define.js';
export { StudyFeed } from './study-feed/define.js';
export { CfElement, defineElement } from './shared/base-element.js';
export { registerStrings } from './shared/strings.js';
export { registerLocale } from './shared/locales.js';
export { VERSION as version } from './shared/version.js';
// the preset ladders' rungs, as the widget reads them: the snippet builder
// checks an author's `value` and `aspiration` against them
export { loadPresetScales } from './participation-ladder/scale-source.js';
export type { Scale, ScaleLevel, ScaleGroup, PresetId } from './participation-ladder/scales.js';
export { parseFeed, safeUrl, FeedError, isFeedError } from './feed/parse-feed.js';
// fetch and parse a feed exactly as <cf-study-feed> does (proxy, timeout, size
// limit, errors sorted by cause): the snippet builder's "Test the feed" uses it
export { loadFeed, FeedLoadError } from './study-feed/load-feed.js';
export type { LoadFeedOptions, LoadedFeed, LoadErrorCode } from './study-feed/load-feed.js';
export type { Feed, FeedItem, FeedErrorCode, FeedFormat, ParseFeedOptions, StudyDetails, StudyLink, StudyMilestone } from './feed/parse-feed.js';
