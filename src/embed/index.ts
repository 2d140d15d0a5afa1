/**
 * `critical-friend/embed` (`dist/embed.js`): describe a widget as data and
 * turn it into an element, a copy-paste snippet or an iframe address. Used by
 * the snippet builder (`demo/builder.html`) and by `embed.html`; useful to
 * anyone who writes embeds from code. Registers no elements.
 */
export { WIDGETS, GLOBAL_ATTRIBUTES, LIMITS, widgetName, allowedAttributes, attributeEntries, isWeight, readConfig, configToParams, configFromUrl, embedUrl } from './config.js';
export type { WidgetName, WidgetConfig, PointConfig, ConfigResult } from './config.js';
export { elementHtml, scriptSnippet, reserveRule, RESERVE_SECONDS, iframeSnippet, sandboxFor, checkedUrl, boxKey, heightSteps, IFRAME_SANDBOX, DEFAULT_FRAME_HEIGHTS } from './snippet.js';
export type { ScriptSource, IframeOptions, HeightStep } from './snippet.js';
export { FONT_STACKS, fontFamily, isFontChoice } from './fonts.js';
export { createWidget } from './create-widget.js';
export { HEIGHT_MESSAGE, PING_MESSAGE, MAX_FRAME_HEIGHT, isHeightMessage, isPingMessage } from './protocol.js';
export type { HeightMessage } from './protocol.js';
