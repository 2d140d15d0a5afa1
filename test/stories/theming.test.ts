/**
 * Storybook's theming pages (issue 12, item 7), rendered in the browser as
 * Storybook renders them: "Theming / Light, dark and forced colours" shows
 * each widget in three schemes that really differ, and "Theming / Custom
 * properties" lists a live widget's `--cf-*` values and follows a change.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as schemesPage from '../../stories/theme-schemes.stories.js';
import { sampleWidget } from '../../stories/support/theme-pages.js';
import { defineLiveTokens, type LiveTokens } from '../../stories/support/live-tokens.js';

defineLiveTokens();

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** A story's template, rendered into the page; resolves once every widget in it has rendered. */
async function renderStory(template: TemplateResult): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(template, host);
  const widgets = [...host.querySelectorAll<Rendered>('cf-pros-cons, cf-participation-ladder, cf-study-feed')];
  await Promise.all(widgets.map(async (widget) => (await customElements.whenDefined(widget.localName), widget.updateComplete)));
  return host;
}

/** What `var(name)` resolves to as a colour inside `widget`. */
function colourIn(widget: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  widget.shadowRoot!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** A system colour as a light colour scheme resolves it. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.colorScheme = 'light';
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const STORIES = [
  ['Pros and cons', schemesPage.ProsCons, 'cf-pros-cons'],
  ['Participation ladder', schemesPage.Ladder, 'cf-participation-ladder'],
  ['Study card', schemesPage.StudyCard, 'cf-study-feed'],
] as const;

describe('Storybook: Theming / Light, dark and forced colours', () => {
  it('is a page of three stories named by hand', () => {
    expect(schemesPage.default.title).to.equal('Theming/Light, dark and forced colours');
    expect(STORIES.map(([, story]) => story.name)).to.deep.equal(STORIES.map(([name]) => name));
  });

  for (const [name, story, tag] of STORIES) {
    it(`${name}: light, dark and simulated forced colours side by side, each accessible`, async function () {
      this.timeout(60_000);
      const host = await renderStory(story.render!({}, {} as never) as TemplateResult);
      const columns = [...host.querySelectorAll<HTMLElement>('[data-scheme]')];
      expect(columns.map((column) => column.dataset['scheme'])).to.deep.equal(['light', 'dark', 'forced']);
      const [light, dark, forced] = columns.map((column) => column.querySelector(tag)!);
      await waitUntil(() => forced!.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('Canvas') && !(rule instanceof CSSMediaRule))), 'the forced-colours rules were adopted');

      expect(colourIn(light!, '--cf-surface'), 'light and dark differ').not.to.equal(colourIn(dark!, '--cf-surface'));
      expect(colourIn(forced!, '--cf-surface'), 'forced: the surface is the system Canvas').to.equal(systemColour('Canvas'));
      expect(colourIn(forced!, '--cf-accent'), 'forced: the accent is the system Highlight').to.equal(systemColour('Highlight'));
      expect(colourIn(forced!, '--cf-accent'), 'forced differs from dark').not.to.equal(colourIn(dark!, '--cf-accent'));
      for (const column of columns) await expect(column).to.be.accessible();
    });
  }
});

describe('Storybook: Theming / Custom properties', () => {
  async function liveTable(properties: Record<string, string> = {}, theme: 'light' | 'dark' = 'light') {
    const host = await renderStory(html`${sampleWidget('cf-pros-cons', { theme, id: 'token-target', properties })}<sb-live-tokens for="token-target"></sb-live-tokens>`);
    const table = host.querySelector<LiveTokens>('sb-live-tokens')!;
    await waitUntil(() => table.rows.length > 0, 'the table read the widget');
    await table.updateComplete;
    return { host, table, widget: host.querySelector<Rendered>('cf-pros-cons')! };
  }
  const row = (table: LiveTokens, name: string) => table.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-property="${name}"]`)!;

  it('lists every --cf-* property the widget reads, with its value and, for colours, the colour it resolves to', async () => {
    const { table, widget } = await liveTable();
    const names = table.rows.map((entry) => entry.name);
    for (const name of ['--cf-surface', '--cf-text', '--cf-accent', '--cf-focus', '--cf-radius', '--cf-pro', '--cf-con']) expect(names).to.include(name);
    const accent = table.rows.find((entry) => entry.name === '--cf-accent')!;
    expect(accent.value).to.equal(getComputedStyle(widget).getPropertyValue('--cf-accent').trim());
    expect(accent.resolved).to.equal(colourIn(widget, '--cf-accent'));
    expect(table.rows.find((entry) => entry.name === '--cf-radius')!.resolved, 'a length is not a colour').to.equal('');
    expect(row(table, '--cf-accent').textContent).to.include(accent.resolved);
    await expect(table).to.be.accessible();
  });

  it('follows a change: a property set on the element, and the theme', async () => {
    const { table, widget } = await liveTable();
    const before = table.rows.find((entry) => entry.name === '--cf-accent')!.resolved;
    widget.style.setProperty('--cf-accent', '#6a1b9a');
    table.revision += 1;
    await waitUntil(() => table.rows.find((entry) => entry.name === '--cf-accent')!.resolved === 'rgb(106, 27, 154)', 'the accent set on the element');
    widget.setAttribute('theme', 'dark');
    await widget.updateComplete;
    const surfaceLight = table.rows.find((entry) => entry.name === '--cf-surface')!.resolved;
    table.revision += 1;
    await waitUntil(() => table.rows.find((entry) => entry.name === '--cf-surface')!.resolved !== surfaceLight, 'the dark surface');
    expect(before).not.to.equal('rgb(106, 27, 154)');
  });

  it('says so when there is no widget to read', async () => {
    const table = await fixture<LiveTokens>(html`<sb-live-tokens for="nothing-here"></sb-live-tokens>`);
    await table.updateComplete;
    expect(table.shadowRoot!.textContent).to.include('No widget with the id “nothing-here”');
  });
});
