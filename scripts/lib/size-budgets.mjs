// Size ceilings of the page a reader downloads (issue 10), shared by
// scripts/size-report.mjs (which counts the files a page must fetch, from the
// build's import graph) and test/delivery/ (which counts what a browser really
// fetched until the network was idle). Gzip -9 bytes, the loader included.
export const KB = 1024;

// The targets: reported, not failing. Every lazy part of item 3 and
// every saving the issue lists has landed, and no page meets them: each page
// carries 11.7 KB before any widget code (the loader 2.0, Lit 5.5, the shared
// base and tokens 4.2), which leaves a widget 10.3 KB of the 22, against its
// 13.2 (ladder), 13.5 (pros-cons) and 17.6 (study card, JSON Feed) today.
// The session 6 note on issue 10 has the whole table.
export const PAGE_TARGETS = { oneWidget: 22 * KB, allThree: 45 * KB };

// The build fails above these: a little over what the build reaches today,
// so that size can only go down. Lower them as it does. (Raised from 32 / 58
// when issue 11's study-card fixes added 2.4 KB: placeholder, keyed list,
// held updates, pause.)
// Lowered from 34 / 60 when issue 10's lazy parts landed (session 3): the
// ladder's questionnaire, PNG and presets, pros-cons' JSON-LD, the study
// card's XML side, stored copy and sanitiser glue. A study card fed by RSS or
// Atom fetches the XML side as well: `oneXmlFeed`.
// Lowered again from 32 / 38 / 57 in session 4: shared strings, lazy custom
// scale and questionnaire styles, no repeat chunk for pros-cons, the study
// card's milestones and links and stored copy on first use, XML-only parser
// code out of the JSON side.
// The RSS card's lowered from 37.5 in session 5: its XML side reads with
// DOMParser, without the strict reader that parseFeed keeps (35.1 KB reached).
// Per widget since session 6: one ceiling for every one-widget page was set
// by the study card, which let the ladder's and pros-cons' pages (5 KB
// lighter) grow unseen. Each is now a little over what it reaches.
export const PAGE_BUDGETS = {
  loader: 2 * KB,
  oneWidget: { 'participation-ladder.js': 26 * KB, 'pros-cons.js': 26.5 * KB, 'study-feed.js': 30.5 * KB },
  oneXmlFeed: 36 * KB,
  allThree: 55 * KB,
};

/** The ceiling of a page with one widget, by its entry file or its tag. */
export const oneWidgetCeiling = (fileOrTag) => PAGE_BUDGETS.oneWidget[fileOrTag.replace(/^cf-/, '').replace(/(\.js)?$/, '.js')];

// The entries with their static chunks (issue 10): each widget file at most
// 20 KB, the all-in-one critical-friend.js (and react.js, which registers the
// same three) at most 48 KB. The build fails above the ceilings.
export const ENTRY_TARGETS = { 'critical-friend.js': 48 * KB, widget: 20 * KB };
// critical-friend.js was raised from 58.5: it exports parseFeed, which is
// synchronous (SPEC section 1), so the XML side is static there, and issue
// 14's strict XML reader added about 3 KB to it. Lowered from 61.5 / 30 in
// session 4 (59.3 / 27.5 KB reached).
// Per widget since session 6, as the pages above. critical-friend.js raised
// from 60.5 in session 6: the review's accessibility fixes (the ladder's
// announcements and rung descriptions, pros-cons' focus ring and suggestion
// cue), the ladder's tab shade and the builder's loadPresetScales export
// added 0.26 KB to it and left it 10 bytes under.
export const ENTRY_BUDGETS = { 'critical-friend.js': 61 * KB, widget: { 'participation-ladder.js': 24 * KB, 'pros-cons.js': 24.5 * KB, 'study-feed.js': 28.5 * KB } };
