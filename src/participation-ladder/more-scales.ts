/**
 * The presets other than Arnstein (Hart, IAP2, TLAP): loaded on first use,
 * when a ladder's `scale` names one (issue 10). `PRESETS` holds all four.
 */
import { ARNSTEIN, TOP_RUNG_NOTE, type PresetId, type Scale } from './scales.js';

const hart: Scale = {
  id: 'hart',
  name: "Hart's ladder of children's participation",
  groups: [
    { id: 'non-participation', label: 'Non-participation' },
    { id: 'participation', label: 'Degrees of participation' },
  ],
  levels: [
    { id: 'manipulation', label: 'Manipulation', group: 'non-participation', description: "Children carry adults' messages without understanding what they are about." },
    { id: 'decoration', label: 'Decoration', group: 'non-participation', description: 'Children appear, singing or wearing T-shirts, for a cause that is not theirs.' },
    { id: 'tokenism', label: 'Tokenism', group: 'non-participation', description: 'Children have a voice but little choice about the subject or how to use it.' },
    { id: 'assigned-but-informed', label: 'Assigned but informed', group: 'participation', description: 'Adults decide, but children understand the purpose and have a meaningful role.' },
    { id: 'consulted-and-informed', label: 'Consulted and informed', group: 'participation', description: "Adults run the project; children's views are asked for and taken seriously." },
    { id: 'adult-initiated-shared-decisions-with-children', label: 'Adult-initiated shared decisions with children', group: 'participation', description: 'Adults start the project and share the decisions with children.' },
    { id: 'child-initiated-and-directed', label: 'Child-initiated and directed', group: 'participation', description: 'Children start and lead the project; adults support them.' },
    { id: 'child-initiated-shared-decisions-with-adults', label: 'Child-initiated shared decisions with adults', group: 'participation', description: 'Children start the project and choose to share decisions with adults.' },
  ],
  about: [
    'Roger Hart (1992), "Children\'s Participation: From Tokenism to Citizenship", UNICEF Innocenti Essays no. 4. Hart later stressed that the ladder is a prompt for discussion, not a measure.',
    TOP_RUNG_NOTE,
  ],
};

const iap2: Scale = {
  id: 'iap2',
  name: 'IAP2 Spectrum of Public Participation',
  groups: [],
  levels: [
    { id: 'inform', label: 'Inform', description: 'The public gets balanced information to understand the problem and the options.' },
    { id: 'consult', label: 'Consult', description: 'The public is asked for feedback on the analysis, the options or a decision.' },
    { id: 'involve', label: 'Involve', description: "The public works alongside throughout, so that people's concerns shape the options." },
    { id: 'collaborate', label: 'Collaborate', description: 'The public is a partner in each part of the decision, including the preferred solution.' },
    { id: 'empower', label: 'Empower', description: "The final decision is in the public's hands." },
  ],
  about: [
    'IAP2 Spectrum of Public Participation, IAP2 International Federation (2018). The level names are IAP2\'s; the one-line descriptions are ours. The Spectrum sets out increasing public impact on a decision, each level pairing a goal with a promise to the public.',
    TOP_RUNG_NOTE,
  ],
};

const tlap: Scale = {
  id: 'tlap',
  name: 'Think Local Act Personal ladder of co-production',
  groups: [
    { id: 'doing-to', label: 'Doing to' },
    { id: 'doing-for', label: 'Doing for' },
    { id: 'doing-with', label: 'Doing with' },
  ],
  levels: [
    { id: 'coercion', label: 'Coercion', group: 'doing-to', description: 'People attend services or meetings with no real say, sometimes with no choice.' },
    { id: 'educating', label: 'Educating', group: 'doing-to', description: 'People are helped to understand services as they are, so that they fit in with them.' },
    { id: 'informing', label: 'Informing', group: 'doing-for', description: 'People are told about services and about decisions made by others.' },
    { id: 'consultation', label: 'Consultation', group: 'doing-for', description: 'People are asked for their views but may never hear what difference they made.' },
    { id: 'engagement', label: 'Engagement', group: 'doing-for', description: 'People have more chance to shape services, but those who run them still decide.' },
    { id: 'co-design', label: 'Co-design', group: 'doing-with', description: 'People help design services from the start but may not share in delivering them.' },
    { id: 'co-production', label: 'Co-production', group: 'doing-with', description: 'People who use services and those who run them work as equals, designing, delivering and reviewing together.' },
  ],
  about: [
    'Think Local Act Personal, "Ladder of co-production". Co-production means an equal relationship between people who use services and those who provide or commission them, across design, delivery and review.',
    TOP_RUNG_NOTE,
  ],
};

export const PRESETS: Readonly<Record<PresetId, Scale>> = { arnstein: ARNSTEIN, hart, iap2, tlap };
