import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { attr, described, num } from './support/story-helpers.js';
import '../src/participation-ladder/define.js';
import { ladderStrings } from '../src/participation-ladder/strings.js';
import { PRESET_IDS } from '../src/participation-ladder/scales.js';
import { PRESETS } from '../src/participation-ladder/more-scales.js';
import { AREAS } from '../src/participation-ladder/questionnaire.js';
import type { StringTable } from '../src/shared/strings.js';
import type { ParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import { allInShadow, getLadder, inShadow, jsonScript } from './support/ladder.js';
import { frenchStrings } from './support/strings-fr.js';

/** The attributes and properties the stories set; names as in the manifest. */
interface LadderArgs {
  scale: string;
  value: string;
  aspiration: string;
  perspectives: string;
  theme: 'auto' | 'light' | 'dark';
  heading: string;
  'heading-level': number;
  required: boolean;
  disabled: boolean;
  persist: boolean;
  name: string;
  id: string;
  strings: StringTable;
  onChange: (event: Event) => void;
}

/** The element with the story's args; `children` go in its light DOM (e.g. a JSON script). */
function ladder(args: Partial<LadderArgs>, children: unknown = nothing): TemplateResult {
  return html`<cf-participation-ladder
    id=${attr(args.id)}
    name=${attr(args.name)}
    scale=${attr(args.scale)}
    value=${attr(args.value)}
    aspiration=${attr(args.aspiration)}
    perspectives=${attr(args.perspectives)}
    heading=${attr(args.heading)}
    heading-level=${num(args['heading-level'], 2)}
    theme=${attr(args.theme === 'auto' ? '' : args.theme)}
    ?required=${args.required ?? false}
    ?disabled=${args.disabled ?? false}
    ?persist=${args.persist ?? false}
    .strings=${args.strings ?? {}}
    @change=${ifDefined(args.onChange)}
    >${children}</cf-participation-ladder
  >`;
}

const meta = {
  title: 'Participation ladder',
  component: 'cf-participation-ladder',
  tags: ['autodocs'],
  render: (args) => ladder(args),
  args: {
    scale: 'arnstein',
    value: '',
    aspiration: '',
    perspectives: '',
    theme: 'auto',
    heading: '',
    'heading-level': 2,
    required: false,
    disabled: false,
    persist: false,
    name: '',
    onChange: fn().mockName('change'),
  },
  // types, controls and sections come from the manifest (stories/support/arg-types.ts); these add what a story needs
  argTypes: {
    scale: { control: 'select', options: [...PRESET_IDS], description: 'Preset scale (a custom scale comes from a child `<script type="application/json">`).' },
    value: { description: 'Id of the rung marked "where we are now", e.g. `consultation`.' },
    aspiration: { description: 'Id of the rung marked "where we want to be", e.g. `partnership`.' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    persist: { description: 'Keep answers in `localStorage` (needs an `id`); see the “Persisted” story.' },
    id: { control: false, table: { disable: true } },
    strings: { control: 'object', description: 'Replacement strings by key; see the “Other language (French)” story.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A participation self-rater: mark where participation sits now and where you want it to be on Arnstein’s ladder (or Hart, IAP2, TLAP, or a custom scale), compare perspectives, and let "Help me decide" suggest a rung.',
      },
    },
  },
} satisfies Meta<LadderArgs>;

export default meta;
type Story = StoryObj<LadderArgs>;

// ---- marks -------------------------------------------------------------------

export const Empty: Story = {
  name: 'Nothing marked',
  parameters: described('Nothing marked yet: the summary invites the reader to choose the rung for "where we are now".'),
};

export const Chosen: Story = {
  name: 'Now marked',
  args: { value: 'consultation' },
  parameters: described('"Where we are now" is Consultation; the summary names its band and asks for an aim.'),
};

export const WithAim: Story = {
  name: 'Now and aim',
  args: { value: 'consultation', aspiration: 'partnership' },
  parameters: described('Now Consultation, aim Partnership: the gap is stated in words, including the band it crosses into.'),
};

export const AimBelowNow: Story = {
  name: 'Aim below now',
  args: { value: 'partnership', aspiration: 'consultation' },
  parameters: described('The aim is below where things are now: the widget says this can be the right choice rather than treating it as an error.'),
};

export const Questionnaire: Story = {
  name: 'Help me decide',
  parameters: described('"Help me decide" opened by the play function, with five areas answered and one "not sure": the suggestion is the middle answer (Consultation) and the uneven profile is named.'),
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    await userEvent.click(inShadow(el, '.help-toggle'));
    await el.updateComplete;
    // rung positions from the bottom (0 = Manipulation); 'not-sure' is the last radio of each area
    const answers: Record<(typeof AREAS)[number], number | 'not-sure'> = { agenda: 3, design: 5, decisions: 3, money: 1, evaluation: 2, feedback: 'not-sure' };
    for (const area of AREAS) {
      const radios = allInShadow<HTMLInputElement>(el, `input[type="radio"][name="area-${area}"]`);
      const answer = answers[area];
      await userEvent.click(radios[answer === 'not-sure' ? radios.length - 1 : answer]!);
    }
    await el.updateComplete;
    await expect(inShadow(el, '[part="suggestion"]').textContent).toContain('Suggested rung: Consultation');
  },
};

// ---- perspectives --------------------------------------------------------------

const PERSPECTIVES = 'Staff; People who use the service';

export const Perspectives: Story = {
  name: 'Perspectives',
  args: { perspectives: PERSPECTIVES },
  parameters: described('Two perspectives, each rated separately in its own tab; nothing rated yet.'),
};

/** The reader rates the second perspective as a reader would: its tab, then "now", then "aim". */
async function rateSecondPerspective(el: ParticipationLadder, now: string, aim: string): Promise<void> {
  await userEvent.click(inShadow(el, '[role="tab"][data-index="1"]'));
  await el.updateComplete;
  await userEvent.click(inShadow(el, `[role="radio"][data-level="${now}"]`));
  await userEvent.click(inShadow(el, '[data-marking="aim"]'));
  await el.updateComplete;
  await userEvent.click(inShadow(el, `[role="radio"][data-level="${aim}"]`));
  await el.updateComplete;
}

export const PerspectivesRated: Story = {
  name: 'Perspectives, rated',
  args: { perspectives: PERSPECTIVES, value: 'placation', aspiration: 'partnership' },
  parameters: described('Staff put it at Placation (from the attributes); the play function rates "People who use the service" at Therapy, aiming for Delegated power: three rungs apart, so the difference is flagged.'),
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    await rateSecondPerspective(el, 'therapy', 'delegated-power');
    await expect(inShadow(el, '[part="spread"]').textContent).toContain('3 rungs apart');
  },
};

export const PerspectivesNarrow: Story = {
  name: 'Perspectives, narrow (more tabs off-screen)',
  args: { perspectives: 'Staff; People who use the service; Family carers and supporters' },
  parameters: described(
    'Three perspectives in a 360 px wide container: the tab row scrolls sideways, and a shade inside its edge shows the side with more tabs (right at the start, both in the middle, left at the end). It follows the row\'s scrolling in CSS alone and is dropped in forced colours.',
  ),
  render: (args) => html`<div style="inline-size: 360px; outline: 1px dashed #8a8f98">${ladder(args)}</div>`,
};

// ---- scales --------------------------------------------------------------------

const presetStory = (scale: (typeof PRESET_IDS)[number]): Story => ({
  args: { scale },
  parameters: described(`scale="${scale}": ${PRESETS[scale].name}, ${PRESETS[scale].levels.length} rungs, nothing marked.`),
});

// the name is written in each export, where Storybook's index reads it (a name from presetStory would show only once the story runs)
export const Arnstein: Story = { ...presetStory('arnstein'), name: 'Scale: Arnstein' };
export const Hart: Story = { ...presetStory('hart'), name: 'Scale: Hart' };
export const IAP2: Story = { ...presetStory('iap2'), name: 'Scale: IAP2' };
export const TLAP: Story = { ...presetStory('tlap'), name: 'Scale: TLAP' };

/** A small custom scale: levels bottom to top, two bands. */
const peerLedScale = {
  name: 'Peer-led recovery community',
  source: 'An example scale written for this Storybook.',
  groups: [
    { id: 'led-by-staff', label: 'Led by staff' },
    { id: 'led-by-members', label: 'Led by members' },
  ],
  levels: [
    { id: 'told', label: 'Told', description: 'Members hear about plans once they are made.', group: 'led-by-staff' },
    { id: 'asked', label: 'Asked', description: 'Members are asked for their views; staff decide what to do with them.', group: 'led-by-staff' },
    { id: 'involved', label: 'Involved', description: 'Members sit on the groups that plan the programme, alongside staff.', group: 'led-by-staff' },
    { id: 'co-led', label: 'Co-led', description: 'Members and staff run the programme together and share the decisions.', group: 'led-by-members' },
    { id: 'member-led', label: 'Member-led', description: 'Members run the community; staff help when asked.', group: 'led-by-members' },
  ],
};

export const CustomScale: Story = {
  name: 'Custom scale',
  args: { scale: '', value: 'involved', aspiration: 'co-led' },
  parameters: described('A custom five-rung scale in two bands from a child <script type="application/json"> (which takes precedence over the scale attribute).'),
  render: (args) => ladder(args, jsonScript(peerLedScale)),
};

export const BadInput: Story = {
  name: 'Bad input',
  parameters: described('Three mistakes an author can make, each explained in the widget (and once in the console): invalid JSON in the child script, an unknown scale, an unknown value.'),
  render: (args) => html`<div style="display: grid; gap: 2rem">
    ${ladder({ ...args, heading: 'Invalid JSON in the custom scale' }, jsonScript('{ "name": "Our ladder", "levels": [ oops ] }'))}
    ${ladder({ ...args, scale: 'arnstein2', heading: 'Unknown scale: arnstein2' })}
    ${ladder({ ...args, value: 'top', heading: 'Unknown value: top' })}
  </div>`,
};

// ---- form and storage ------------------------------------------------------------

export const Disabled: Story = {
  name: 'Disabled',
  parameters: described('disabled: the marks are shown, faded; no control (rungs, perspective tabs, marking switch, Help me decide, copy and downloads) works, and a form would submit nothing.'),
  args: { value: 'consultation', aspiration: 'partnership', disabled: true, perspectives: 'Staff; People who use the service' },
};

/** Shows what the form would submit, instead of navigating away. */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const entries = [...new FormData(form).entries()].map(([key, value]) => `${key} = ${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.textContent = entries.length ? `Submitted: ${entries.join(', ')}` : 'Submitted: nothing';
}

export const Required: Story = {
  name: 'Required, in a form',
  args: { required: true, name: 'participation' },
  parameters: described('required, in a <form>: submitting without "where we are now" is blocked by the browser; once chosen, the form submits participation (and participation-aspiration).'),
  render: (args) => html`<form @submit=${showFormData}>
    ${ladder(args)}
    <p style="display: flex; gap: 0.5rem; margin-block: 1rem">
      <button type="submit">Submit</button>
      <button type="reset">Reset</button>
    </p>
    <output aria-live="polite"></output>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    await expect(el.validity.valueMissing).toBe(true);
  },
};

export const RequiredError: Story = {
  name: 'Required: error after submit',
  args: { required: true, name: 'participation' },
  parameters: described('required, after a submit with nothing marked (the play function asks the element to report its validity): the rungs are aria-invalid and a message above them, tied by aria-describedby, says what is missing until a rung is chosen.'),
  render: (args) => html`<form @submit=${showFormData}>
    ${ladder(args)}
    <p style="margin-block: 1rem"><button type="submit">Submit</button></p>
    <output aria-live="polite"></output>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    el.reportValidity();
    await el.updateComplete;
    await expect(inShadow(el, '[role="radiogroup"]').getAttribute('aria-invalid')).toBe('true');
  },
};

export const ClearedWithUndo: Story = {
  name: 'Cleared, with Undo',
  args: { persist: true, id: 'story-cleared-ladder', perspectives: PERSPECTIVES },
  parameters: described('"Clear my answers" just pressed (the play function marks a rung and clears): the status message says the answers are cleared and offers "Undo", the next Tab stop after the clear button, which brings every perspective’s marks back. Any other change withdraws it.'),
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    await userEvent.click(inShadow(el, '[role="radio"][data-level="placation"]'));
    await userEvent.click(inShadow(el, '[data-action="clear"]'));
    await el.updateComplete;
    await expect(inShadow(el, '[data-action="undo"]')).toBeTruthy();
  },
};

export const Persist: Story = {
  name: 'Persisted',
  args: { persist: true, id: 'story-persist' },
  parameters: described('persist with id="story-persist": answers are kept in localStorage (reload to see them again) only because persist is set; without it nothing is stored. "Clear my answers" removes them.'),
};

// ---- appearance ----------------------------------------------------------------

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', value: 'consultation', aspiration: 'partnership' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: described('theme="dark" on a dark page.'),
  render: (args) => html`<div style="background: #15181c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${ladder(args)}</div>`,
};

export const Narrow320: Story = {
  name: 'Narrow, 320 px',
  args: { value: 'consultation', aspiration: 'partnership' },
  parameters: described('In a 320 px wide container: one column, touch-sized rungs.'),
  render: (args) => html`<div style="inline-size: 320px; outline: 1px dashed #8a8f98">${ladder(args)}</div>`,
};

/** The PNG that "Download image" would save, shown in the story instead of downloaded. */
async function showDownloadedImage(canvasElement: HTMLElement): Promise<void> {
  const el = await getLadder(canvasElement);
  const click = HTMLAnchorElement.prototype.click;
  const saved = new Promise<Blob>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      void fetch(this.href).then(async (response) => resolve(await response.blob()));
    };
  });
  try {
    await userEvent.click(inShadow(el, '[data-action="image"]'));
    const image = canvasElement.querySelector<HTMLImageElement>('img.downloaded')!;
    image.src = URL.createObjectURL(await saved);
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

export const DownloadedImage: Story = {
  name: 'Downloaded image (PNG)',
  args: { perspectives: PERSPECTIVES, value: 'consultation', aspiration: 'partnership' },
  parameters: described(
    '"Download image" as the reader gets it, shown below the ladder by the play function: each perspective\'s marks on the rungs, and the bracket from now to aim left of the rungs with its arrow at the aim, as on screen. Staff aim from Consultation to Partnership; the play function has "People who use the service" aim from Therapy to Informing, one bracket further out.',
  ),
  render: (args) => html`${ladder(args)}<img class="downloaded" alt="The ladder as the downloaded PNG" style="display: block; max-inline-size: 100%; margin-block-start: 1rem; outline: 1px dashed #8a8f98" />`,
  play: async ({ canvasElement }) => {
    await rateSecondPerspective(await getLadder(canvasElement), 'therapy', 'informing');
    await showDownloadedImage(canvasElement);
  },
};

export const OtherLanguage: Story = {
  name: 'Other language (French)',
  args: { value: 'consultation', aspiration: 'partnership', strings: frenchStrings },
  parameters: described('In a lang="fr" page with every string replaced through the strings property (interface, Arnstein’s rungs and the questionnaire); the play function opens "Help me decide".'),
  render: (args) => html`<div lang="fr">${ladder(args)}</div>`,
  play: async ({ canvasElement }) => {
    const missing = [
      ...Object.keys(ladderStrings),
      ...PRESETS.arnstein.levels.flatMap((level) => [`level.${level.id}.label`, `level.${level.id}.description`]),
      ...AREAS.flatMap((area) => [`question.${area}`, ...PRESETS.arnstein.levels.map((_, index) => `answer.${area}.${index + 1}`)]),
    ].filter((key) => !(key in frenchStrings));
    await expect(missing).toEqual([]);
    const el = await getLadder(canvasElement);
    await userEvent.click(inShadow(el, '.help-toggle'));
    await el.updateComplete;
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { value: 'consultation', aspiration: 'partnership' },
  parameters: described('In a lang="cy" page with no strings given: the built-in Welsh (interface, the scale and the questionnaire) loads on demand and replaces the English. The play function opens "Help me decide".'),
  render: (args) => html`<div lang="cy">${ladder(args)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await getLadder(canvasElement);
    await waitFor(() => expect(inShadow(el, '[part="heading"]').textContent).toContain('Ble mae cyfranogiad'), { timeout: 3000 });
    await userEvent.click(inShadow(el, '.help-toggle'));
    await el.updateComplete;
  },
};
