// Generated from custom-elements.json by scripts/generate-wrappers.mjs: do not edit by hand (npm run wrappers).
/**
 * React wrappers of the critical-friend elements (`critical-friend/react`), made
 * with @lit/react: properties are set as properties and events are props
 * (`onChange`, ...; the event's `target` is the element). Importing this
 * module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ParticipationLadder as ParticipationLadderElement } from '../participation-ladder/define.js';
import { ProsCons as ProsConsElement } from '../pros-cons/define.js';
import { StudyFeed as StudyFeedElement } from '../study-feed/define.js';

export type { ParticipationLadderElement, ProsConsElement, StudyFeedElement };

/** <cf-participation-ladder>: Participation self-rater on Arnstein's ladder (and Hart, IAP2, TLAP). */
export const ParticipationLadder = createComponent({
  tagName: 'cf-participation-ladder',
  elementClass: ParticipationLadderElement,
  react: React,
  displayName: 'ParticipationLadder',
  events: {
    /** When the reader marks a rung, accepts a suggestion or clears the answers. Bubbles and is composed. */
    onChange: 'change' as EventName<Event & { target: ParticipationLadderElement }>,
  },
});

/** <cf-pros-cons>: Pros-and-cons appraisal that each reader weighs for their own practice. */
export const ProsCons = createComponent({
  tagName: 'cf-pros-cons',
  elementClass: ProsConsElement,
  react: React,
  displayName: 'ProsCons',
  events: {
    /** When the reader changes a weight, adds, edits or removes a point, commits the reflection (on the textarea's `change`) or clears the answers. Bubbles and is composed. */
    onChange: 'change' as EventName<Event & { target: ProsConsElement }>,
  },
});

/** <cf-study-feed>: A research study's update card from an RSS, Atom or JSON Feed, shown safely. */
export const StudyFeed = createComponent({
  tagName: 'cf-study-feed',
  elementClass: StudyFeedElement,
  react: React,
  displayName: 'StudyFeed',
  events: {
    /** When a feed has been fetched and rendered (also after each successful refresh). Does not bubble. */
    onLoad: 'load' as EventName<Event & { target: StudyFeedElement }>,
    /** When the feed could not be fetched or read; the reason is in the `error` property. Does not bubble. */
    onError: 'error' as EventName<Event & { target: StudyFeedElement }>,
  },
});
