// Size ceilings of the page a reader downloads (issue 10), shared by
// scripts/size-report.mjs (which counts the files a page must fetch, from the
// build's import graph) and test/delivery/ (which counts what a browser really
// fetched until the network was idle). Gzip -9 bytes, the loader included.
export const KB = 1024;

// The targets. Not met without loading parts of each widget on first
// use (issue 10 item 3, left for a later session): reported, not failing.
export const PAGE_TARGETS = { oneWidget: 22 * KB, allThree: 45 * KB };

// The build fails above these: a little over what the build reaches today,
// so that size can only go down. Lower them as it does. (Raised from 32 / 58
// when issue 11's study-card fixes added 2.4 KB: placeholder, keyed list,
// held updates, pause.)
export const PAGE_BUDGETS = { loader: 2 * KB, oneWidget: 34 * KB, allThree: 60 * KB };

// The entries with their static chunks (issue 10): each widget file at most
// 20 KB, the all-in-one critical-friend.js (and react.js, which registers the
// same three) at most 48 KB. The build fails above the ceilings.
export const ENTRY_TARGETS = { 'critical-friend.js': 48 * KB, widget: 20 * KB };
export const ENTRY_BUDGETS = { 'critical-friend.js': 58.5 * KB, widget: 32.5 * KB };
