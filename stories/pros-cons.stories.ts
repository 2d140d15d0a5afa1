import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { attr, described, num } from './support/story-helpers.js';
import '../src/pros-cons/define.js';
import { prosConsStrings } from '../src/pros-cons/strings.js';
import type { StringTable } from '../src/shared/strings.js';
import {
  allInShadow,
  DEMO_CONS,
  DEMO_CONS_LABEL,
  DEMO_FR,
  DEMO_HEADING,
  DEMO_PROS,
  DEMO_PROS_LABEL,
  generatedPoints,
  getProsCons,
  inShadow,
  jsonScript,
  weightRadio,
  WEIGHTED_CONS,
  WEIGHTED_PROS,
  type DemoPoint,
} from './support/pros-cons.js';
import { prosConsFrenchStrings } from './support/strings-pros-cons-fr.js';

/** The attributes and properties the stories set; names as in the manifest. */
interface ProsConsArgs {
  mode: 'appraise' | 'read';
  heading: string;
  'heading-level': number;
  'pros-label': string;
  'cons-label': string;
  theme: 'auto' | 'light' | 'dark';
  persist: boolean;
  disabled: boolean;
  'structured-data': boolean;
  name: string;
  id: string;
  pros: DemoPoint[] | undefined;
  cons: DemoPoint[] | undefined;
  strings: StringTable;
  onChange: (event: Event) => void;
}

/** The element with the story's args; `children` go in its light DOM (lists or a JSON script). */
function prosCons(args: Partial<ProsConsArgs>, children: unknown = demoLists()): TemplateResult {
  return html`<cf-pros-cons
    id=${attr(args.id)}
    name=${attr(args.name)}
    mode=${attr(args.mode === 'appraise' ? '' : args.mode)}
    heading=${attr(args.heading)}
    heading-level=${num(args['heading-level'], 2)}
    pros-label=${attr(args['pros-label'])}
    cons-label=${attr(args['cons-label'])}
    theme=${attr(args.theme === 'auto' ? '' : args.theme)}
    ?persist=${args.persist ?? false}
    ?disabled=${args.disabled ?? false}
    ?structured-data=${args['structured-data'] ?? false}
    .pros=${args.pros}
    .cons=${args.cons}
    .strings=${args.strings ?? {}}
    @change=${ifDefined(args.onChange)}
    >${children}</cf-pros-cons
  >`;
}

/** A list item: `weight` is written as it is into `data-weight` (so a story can give a bad one). */
interface ListPoint {
  text: string;
  weight?: number | string;
}

/** The author's light-DOM lists, as a blogger writes them: `<ul slot="pros">` and `<ul slot="cons">`. */
function lists(pros: readonly ListPoint[], cons: readonly ListPoint[]): TemplateResult {
  const item = (point: ListPoint) => html`<li data-weight=${ifDefined(point.weight === undefined ? undefined : String(point.weight))}>${point.text}</li>`;
  return html`<ul slot="pros">
      ${pros.map(item)}
    </ul>
    <ul slot="cons">
      ${cons.map(item)}
    </ul>`;
}

/** The model appraisal (7 benefits, 6 pitfalls) as light-DOM lists. */
const demoLists = () => lists(DEMO_PROS, DEMO_CONS);

const meta = {
  title: 'Pros and cons',
  component: 'cf-pros-cons',
  tags: ['autodocs'],
  render: (args) => prosCons(args),
  args: {
    mode: 'appraise',
    heading: DEMO_HEADING,
    'heading-level': 2,
    'pros-label': DEMO_PROS_LABEL,
    'cons-label': DEMO_CONS_LABEL,
    theme: 'auto',
    persist: false,
    disabled: false,
    'structured-data': false,
    name: '',
    onChange: fn().mockName('change'),
  },
  // types, controls and sections come from the manifest (stories/support/arg-types.ts); these add what a story needs
  argTypes: {
    // the manifest types mode as the alias `Mode`, so its options are given here
    mode: { control: 'inline-radio', options: ['appraise', 'read'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    persist: { description: 'Keep the reader\u2019s answers in `localStorage` (needs an `id`); see the “Persisted” story.' },
    'structured-data': { description: 'Add schema.org `Review` JSON-LD to the light DOM; see the “Structured data (JSON-LD)” story.' },
    name: { description: 'Form field name: the form submits the appraisal as JSON; see the “In a form” story.' },
    id: { control: false, table: { disable: true } },
    pros: { description: 'The author\u2019s pros from script: `{ text, weight? }[]`; see the “Points from properties” story.' },
    cons: { description: 'The author\u2019s cons from script, likewise.' },
    strings: { control: 'object', description: 'Replacement strings by key; see the “Other language (French)” story.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A pros-and-cons appraisal that each reader weighs for their own practice: four weights per point, points of their own, a balance meter with the verdict in words and the tipping point, a reflection box and exports for a CPD portfolio. The demo is an appraisal of social media for a social worker’s continuing professional development: seven benefits, six pitfalls.',
      },
    },
  },
} satisfies Meta<ProsConsArgs>;

export default meta;
type Story = StoryObj<ProsConsArgs>;

// ---- modes -------------------------------------------------------------------

export const Read: Story = {
  name: 'Read mode',
  args: { mode: 'read' },
  parameters: described('mode="read": the author’s two lists as a static block, two columns when wide, each with a text label and an icon.'),
};

export const AppraiseUntouched: Story = {
  name: 'Appraise, untouched',
  parameters: described('mode="appraise" (the default), nothing weighed yet: every point shows the author’s suggested weight ("Important" unless the author gave one), outlined and dashed rather than filled, and a note under the meter says the balance counts the suggestions. 7 benefits against 6 pitfalls come out balanced.'),
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    const states = Array.from(el.shadowRoot!.querySelectorAll('[role="radiogroup"]')).map((group) => group.getAttribute('data-state'));
    await expect(states.every((state) => state === 'suggested')).toBe(true);
  },
};

export const Weighted: Story = {
  name: 'Weighted by the reader',
  parameters: described('The play function weighs every point (benefits 9 in all, pitfalls 14): each weight the reader picks is filled, no longer a dashed suggestion; the balance is −0.22, the verdict "Leans to pitfalls", and the tipping point names the benefit that would bring it back to balanced.'),
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    for (const [side, weights] of [['pro', WEIGHTED_PROS], ['con', WEIGHTED_CONS]] as const) {
      for (const [index, weight] of weights.entries()) {
        await userEvent.click(weightRadio(el, side, index, weight));
      }
    }
    await el.updateComplete;
    await expect(el.verdict).toBe('leans-cons');
    await expect(inShadow(el, '[part="meter"]').getAttribute('aria-valuetext')).toBe('Leans to pitfalls');
    await expect(inShadow(el, '[part="tipping"]').textContent).toContain('Good practice and new ideas');
    await expect(el.shadowRoot!.querySelectorAll('[role="radiogroup"][data-state="suggested"]').length).toBe(0);
  },
};

export const AuthorWeights: Story = {
  name: 'Author’s weights',
  parameters: described('The same weights given by the author with data-weight on each <li>: the appraisal opens leaning to pitfalls, and form reset or "Clear my answers" come back to these.'),
  render: (args) =>
    prosCons(
      args,
      lists(
        DEMO_PROS.map((point, index) => ({ ...point, weight: WEIGHTED_PROS[index] })),
        DEMO_CONS.map((point, index) => ({ ...point, weight: WEIGHTED_CONS[index] })),
      ),
    ),
};

export const ReadersOwnPoints: Story = {
  name: 'Reader’s own points',
  parameters: described('The play function adds two points of the reader’s own through the "Add a point of your own" form (type, choose the side, Add point): each is marked "Your point" and can be edited or removed.'),
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    const add = async (text: string, side: 'pro' | 'con') => {
      // The widget empties the field after adding, but user-event does not see that inside a shadow
      // root and keeps its own copy of the text: select it all so the new text replaces it.
      await userEvent.type(inShadow(el, '#add-text'), text, { initialSelectionStart: 0, initialSelectionEnd: Number.MAX_SAFE_INTEGER });
      await userEvent.click(inShadow(el, `[part="add"] input[name="add-side"][value="${side}"]`));
      await userEvent.click(inShadow(el, '[part="add"] button[type="submit"]'));
      await el.updateComplete;
    };
    await add('Keeps me in touch with service-user led groups.', 'pro');
    await add('Hard to switch off in the evenings.', 'con');
    await userEvent.click(weightRadio(el, 'con', DEMO_CONS.length, 3));
    await el.updateComplete;
    await expect(allInShadow(el, '[part="own"]')).toHaveLength(2);
    await expect(el.cons.at(-1)).toEqual({ text: 'Hard to switch off in the evenings.', weight: 3, by: 'reader' });
  },
};

// ---- authoring -------------------------------------------------------------------

export const FromJson: Story = {
  name: 'Points from JSON',
  parameters: described('Points from a child <script type="application/json"> { "pros": [...], "cons": [...] }; items are strings or { "text", "weight" } (here two pitfalls carry the author’s weights).'),
  render: (args) =>
    prosCons(
      args,
      jsonScript({
        pros: DEMO_PROS.map((point) => point.text),
        cons: DEMO_CONS.map((point, index) => (index < 2 ? { text: point.text, weight: 3 } : point.text)),
      }),
    ),
};

export const FromProperties: Story = {
  name: 'Points from properties',
  args: {
    pros: DEMO_PROS.map((point, index) => ({ text: point.text, weight: WEIGHTED_PROS[index] ?? 2 })),
    cons: DEMO_CONS.map((point) => ({ text: point.text })),
  },
  parameters: described('Points from script: .pros=${[{ text, weight }]} and .cons=${[{ text }]} (properties win over JSON and lists; a point without a weight is "important").'),
  render: (args) => prosCons(args, nothing),
};

export const StructuredData: Story = {
  name: 'Structured data (JSON-LD)',
  args: { 'structured-data': true },
  parameters: described('structured-data: a <script type="application/ld+json"> with a schema.org Review (positiveNotes, negativeNotes, the visible text exactly) is added to the element’s light DOM; the play function copies it into the box below.'),
  render: (args) => html`${prosCons(args)}
    <pre class="sd-out" style="white-space: pre-wrap; font-size: 0.8rem; background: #f4f1ea; padding: 1rem; border-radius: 0.5rem"></pre>`,
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await expect(script).not.toBeNull();
    const review = JSON.parse(script?.textContent ?? '{}') as { positiveNotes?: { itemListElement?: unknown[] } };
    await expect(review.positiveNotes?.itemListElement).toHaveLength(DEMO_PROS.length);
    const out = canvasElement.querySelector('.sd-out');
    if (out) out.textContent = `Light-DOM child of <cf-pros-cons>:\n<script type="application/ld+json">\n${JSON.stringify(review, null, 2)}\n</script>`;
  },
};

// ---- form and storage ------------------------------------------------------------

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true },
  parameters: described('disabled, with the author’s weights of the “Author’s weights” story: every control (weights, the add form, the reflection, copy, downloads and print) is inert and faded, and a form would submit nothing.'),
  render: AuthorWeights.render,
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    await expect(inShadow<HTMLInputElement>(el, '#add-text').disabled).toBe(true);
  },
};

/** Shows what the form would submit (the appraisal as JSON), instead of navigating away. */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => {
    const text = String(value);
    try {
      return [key, JSON.parse(text) as unknown];
    } catch {
      return [key, text];
    }
  }));
  const output = form.querySelector('output');
  if (output) output.textContent = JSON.stringify(data, null, 2);
}

export const InAForm: Story = {
  name: 'In a form',
  args: { name: 'cpd-appraisal' },
  parameters: described('name="cpd-appraisal" in a <form>: the form submits the appraisal as a JSON string (points, weights, who wrote each, balance, verdict, reflection); the play function weighs one point and submits. Reset brings back the author’s weights.'),
  render: (args) => html`<form @submit=${showFormData}>
    <p><label>Your name <input name="practitioner" value="A. Practitioner" /></label></p>
    ${prosCons(args)}
    <p style="display: flex; gap: 0.5rem; margin-block: 1rem">
      <button type="submit">Submit</button>
      <button type="reset">Reset</button>
    </p>
    <output aria-live="polite" style="display: block; white-space: pre-wrap; font-family: monospace; font-size: 0.8rem"></output>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    await userEvent.click(weightRadio(el, 'pro', 0, 3));
    await el.updateComplete;
    const submit = canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (submit) await userEvent.click(submit);
    await expect(canvasElement.querySelector('output')?.textContent).toContain('"cpd-appraisal"');
  },
};

export const Persisted: Story = {
  name: 'Persisted',
  args: { persist: true, id: 'story-social-media-cpd' },
  parameters: described('persist with id="story-social-media-cpd": weights, own points and the reflection are kept in localStorage (reload to see them again) only because persist is set; without it nothing is stored. The play function fills in a first answer when nothing is stored yet; "Clear my answers" removes them.'),
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    if (el.reflection) return; // restored from an earlier visit: leave it as it is
    await userEvent.click(weightRadio(el, 'pro', 1, 3));
    await userEvent.type(inShadow(el, '#reflection'), 'Join one online community of interest and check sources before sharing.');
    await el.updateComplete;
  },
};

export const ClearedWithUndo: Story = {
  name: 'Cleared, with Undo',
  args: { persist: true, id: 'story-cleared-appraisal' },
  parameters: described('"Clear my answers" just pressed (the play function weighs a point, writes a reflection and clears): the status message says the answers are cleared and offers "Undo", the next Tab stop after the clear button, which brings them all back. Any other change withdraws it.'),
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    await userEvent.click(weightRadio(el, 'pro', 1, 3));
    await userEvent.type(inShadow(el, '#reflection'), 'Check sources before sharing.');
    await userEvent.click(inShadow(el, '[data-action="clear"]'));
    await el.updateComplete;
    await expect(inShadow(el, '[data-action="undo"]')).toBeTruthy();
  },
};

// ---- appearance ----------------------------------------------------------------

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: described('theme="dark" on a dark page, with the points weighed as in the “Weighted by the reader” story.'),
  render: (args) => html`<div style="background: #15181c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${prosCons(args)}</div>`,
  play: Weighted.play,
};

export const Narrow320: Story = {
  name: 'Narrow, 320 px',
  parameters: described('In a 320 px wide container: one column (container queries, not the viewport), touch-sized weights.'),
  render: (args) => html`<div style="inline-size: 320px; outline: 1px dashed #8a8f98">${prosCons(args)}</div>`,
};

const LONG_TEXT =
  'Being part of a lively online network of practitioners, researchers and people who use services means that new research, new guidance and honest accounts of practice reach you weeks or months before they turn up in a training day, and you can ask the people who wrote them what they meant, which is something a journal article on its own rarely allows.';

export const VeryLongPointText: Story = {
  name: 'Very long point text',
  parameters: described('Points of several sentences, and one long unbroken web address: the text wraps in its column, and the tipping point quotes the long benefit in a shortened form.'),
  render: (args) =>
    prosCons(
      args,
      lists(
        [{ text: LONG_TEXT }, ...DEMO_PROS.slice(0, 2).map((point) => ({ ...point, weight: 3 }))],
        [
          { text: `${LONG_TEXT} ${LONG_TEXT}` },
          { text: 'See https://example.org/a-very-long-address-for-a-practice-guidance-document-about-online-professional-conduct-for-social-workers-2024-edition.pdf' },
          ...DEMO_CONS.slice(0, 1),
        ],
      ),
    ),
};

export const ThirtyPointsASide: Story = {
  name: 'Thirty points a side',
  args: { heading: 'Thirty points a side', 'pros-label': '', 'cons-label': '', pros: generatedPoints('pro', 30), cons: generatedPoints('con', 30) },
  parameters: described('Thirty generated points on each side, given by the pros/cons properties, with weights cycling through 0-3.'),
  render: (args) => prosCons(args, nothing),
};

// Bad input: one element per story, as several appraisals on one page repeat the
// "Pros" and "Cons" region landmarks, which axe flags as not unique.

export const BadInputInvalidJson: Story = {
  name: 'Bad input: invalid JSON',
  args: { heading: 'Invalid JSON (the lists are used instead)', 'pros-label': '', 'cons-label': '' },
  parameters: described('A child <script type="application/json"> that is not valid JSON, next to the author’s lists: a message quotes the parser, the lists are used, and the console has one warning.'),
  render: (args) => prosCons(args, html`${jsonScript('{ "pros": [ "Quick answers", ] oops }')}${lists(DEMO_PROS.slice(0, 2), DEMO_CONS.slice(0, 2))}`),
};

export const BadInputWeights: Story = {
  name: 'Bad input: weights out of range',
  args: { heading: 'Weights 7, -1, "lots" and 1.6', 'pros-label': '', 'cons-label': '' },
  parameters: described('data-weight outside 0-3: numbers are rounded and brought into range (7 → crucial, -1 → does not apply, 1.6 → important), anything else is "important"; one console warning lists them.'),
  render: (args) =>
    prosCons(
      args,
      lists(
        [
          { text: 'Weight 7 becomes crucial', weight: 7 },
          { text: 'Weight "lots" becomes important', weight: 'lots' },
        ],
        [
          { text: 'Weight -1 becomes does not apply', weight: -1 },
          { text: 'Weight 1.6 becomes important', weight: 1.6 },
        ],
      ),
    ),
};

export const BadInputNoPoints: Story = {
  name: 'Bad input: no points',
  args: { heading: 'No points at all', 'pros-label': '', 'cons-label': '' },
  parameters: described('No lists, no JSON, no properties: a message invites the reader to add points of their own (in read mode: "There are no points to show"), and one console warning explains the three ways to give points.'),
  render: (args) => prosCons(args, nothing),
};

export const BadInput200Points: Story = {
  name: 'Bad input: 200 points',
  args: { heading: '200 points (100 a side)', 'pros-label': '', 'cons-label': '', pros: generatedPoints('pro', 100), cons: generatedPoints('con', 100) },
  parameters: described('100 pros and 100 cons from the properties: the first 50 a side are shown, a message says so for each side, and the console has one warning.'),
  render: (args) => prosCons(args, nothing),
};

export const OtherLanguage: Story = {
  name: 'Other language (French)',
  args: { heading: DEMO_FR.heading, 'pros-label': '', 'cons-label': '', strings: prosConsFrenchStrings },
  parameters: described('In a lang="fr" page with every string replaced through the strings property (side labels included) and the points in French; the play function weighs a few points.'),
  render: (args) => html`<div lang="fr">${prosCons(args, lists(DEMO_FR.pros.map((text) => ({ text })), DEMO_FR.cons.map((text) => ({ text }))))}</div>`,
  play: async ({ canvasElement }) => {
    const missing = Object.keys(prosConsStrings).filter((key) => !(key in prosConsFrenchStrings));
    await expect(missing).toEqual([]);
    const el = await getProsCons(canvasElement);
    await userEvent.click(weightRadio(el, 'pro', 0, 3));
    await userEvent.click(weightRadio(el, 'con', 4, 0));
    await el.updateComplete;
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { heading: 'Cyfryngau cymdeithasol ar gyfer DPP', 'pros-label': '', 'cons-label': '' },
  parameters: described('In a lang="cy" page with no strings given: the built-in Welsh loads on demand (side labels "Manteision" and "Anfanteision" included); the points are the author’s own, in Welsh.'),
  render: (args) =>
    html`<div lang="cy">${prosCons(
      args,
      lists(
        [{ text: 'Dysgu gan gydweithwyr mewn gofal cymdeithasol ledled Cymru' }, { text: 'Clywed lleisiau pobl sy’n defnyddio gwasanaethau' }, { text: 'Cofnod o’ch datblygiad proffesiynol parhaus' }],
        [{ text: 'Ffiniau proffesiynol a chyfrinachedd' }, { text: 'Gormod o wybodaeth, a pheth ohoni’n anghywir' }, { text: 'Amser i ffwrdd o’r gwaith uniongyrchol' }],
      ),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const el = await getProsCons(canvasElement);
    await waitFor(() => expect(el.shadowRoot?.textContent).toContain('Manteision'), { timeout: 3000 });
    await userEvent.click(weightRadio(el, 'pro', 0, 3));
    await el.updateComplete;
  },
};
