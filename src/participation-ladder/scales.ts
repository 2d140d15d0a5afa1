/**
 * Participation scales (layer 1: plain data, no DOM). Levels run bottom to
 * top, as the SPEC's custom-scale JSON does. Descriptions are the project's
 * own short paraphrases; each scale cites its source (see DOMAIN.md).
 */
export interface ScaleLevel {
  /** Stable id, used as the form value (e.g. `consultation`). */
  id: string;
  label: string;
  description: string;
  /** Id of the band this level belongs to, if the scale has bands. */
  group?: string | undefined;
}

export interface ScaleGroup {
  id: string;
  label: string;
}

export interface Scale {
  /** `arnstein`, `hart`, `iap2`, `tlap` or `custom`. */
  id: string;
  name: string;
  /** Bottom to top. */
  levels: ScaleLevel[];
  /** Bands, bottom to top. May be empty. */
  groups: ScaleGroup[];
  /** Citations and notes for the "About this model" section. */
  about: string[];
}

export const PRESET_IDS = ['arnstein', 'hart', 'iap2', 'tlap'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const TOP_RUNG_NOTE =
  'The top rung is not always the right goal: for some people taking part is the point, and kinds of knowledge matter as well as power (Tritter and McCallum, 2006, "The snakes and ladders of user involvement: Moving beyond Arnstein", Health Policy 76(2):156-168).';

const arnstein: Scale = {
  id: 'arnstein',
  name: "Arnstein's ladder of citizen participation",
  groups: [
    { id: 'nonparticipation', label: 'Nonparticipation' },
    { id: 'tokenism', label: 'Degrees of tokenism' },
    { id: 'citizen-power', label: 'Degrees of citizen power' },
  ],
  levels: [
    { id: 'manipulation', label: 'Manipulation', group: 'nonparticipation', description: 'People are put on boards or panels to rubber-stamp decisions, so that those in power can win their support.' },
    { id: 'therapy', label: 'Therapy', group: 'nonparticipation', description: 'Involvement sets out to change people, treating their views as the problem rather than the conditions they face.' },
    { id: 'informing', label: 'Informing', group: 'tokenism', description: 'People are told about decisions, rights and options: one way, and often too late to change anything.' },
    { id: 'consultation', label: 'Consultation', group: 'tokenism', description: 'Views are asked for in surveys or meetings, with no promise that they will be acted on.' },
    { id: 'placation', label: 'Placation', group: 'tokenism', description: 'A few chosen people advise or sit on committees; those in power still judge the advice.' },
    { id: 'partnership', label: 'Partnership', group: 'citizen-power', description: 'Power is shared through negotiation, with joint structures for planning and decisions.' },
    { id: 'delegated-power', label: 'Delegated power', group: 'citizen-power', description: 'People hold most of the seats or the formal authority over a plan or programme.' },
    { id: 'citizen-control', label: 'Citizen control', group: 'citizen-power', description: 'People run the programme or organisation themselves, in charge of policy and management.' },
  ],
  about: [
    'Sherry R. Arnstein (1969), "A Ladder of Citizen Participation", Journal of the American Institute of Planners 35(4):216-224. Arnstein called the ladder a simplification: neither "the powerless" nor "the powerholders" are one uniform group.',
    TOP_RUNG_NOTE,
    'Collins, K. and Ison, R. (2009), "Jumping off Arnstein\'s ladder: social learning as a new policy paradigm for climate change adaptation", Environmental Policy and Governance 19(6):358-373.',
  ],
};

/** Arnstein, the default, in every page; the other presets load when a ladder names one (more-scales.ts). */
export const ARNSTEIN = arnstein;

/** How many rungs each preset has, known before it loads, so its loading placeholder reserves their height. */
export const PRESET_RUNGS: Readonly<Record<PresetId, number>> = { arnstein: 8, hart: 8, iap2: 5, tlap: 7 };


export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** Position of a level (0 = bottom), or -1 when the id is not on the scale. */
export function levelIndex(scale: Scale, id: string): number {
  return scale.levels.findIndex((level) => level.id === id);
}

export function findLevel<Level extends { id: string } = ScaleLevel>(scale: { levels: Level[] }, id: string): Level | undefined {
  return scale.levels.find((level) => level.id === id);
}

export function findGroup(scale: Scale, groupId: string | undefined): ScaleGroup | undefined {
  return groupId === undefined ? undefined : scale.groups.find((group) => group.id === groupId);
}

/**
 * The bands to draw, top band first, each with its levels top first. A scale
 * without bands is one unnamed band.
 */
export function bandsTopFirst(scale: Scale): Array<{ group: ScaleGroup | undefined; levels: ScaleLevel[] }> {
  const levelsTopFirst = [...scale.levels].reverse();
  const bands: Array<{ group: ScaleGroup | undefined; levels: ScaleLevel[] }> = [];
  for (const level of levelsTopFirst) {
    const group = findGroup(scale, level.group);
    const last = bands[bands.length - 1];
    if (last && last.group === group) last.levels.push(level);
    else bands.push({ group, levels: [level] });
  }
  return bands;
}
