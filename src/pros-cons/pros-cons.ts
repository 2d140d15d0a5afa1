import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CfFormElement } from '../shared/form-element.js';
import { headingLevelBelow, headingLevelOf } from '../shared/base-element.js';
import { tokens } from '../shared/tokens.js';
import { isRecord } from '../shared/json-child.js';
import { copyText, downloadFile, slugify } from '../shared/export.js';
import { ClearAnswers } from '../shared/clear-answers.js';
import { prosConsStyles } from './pros-cons.styles.js';
import { prosConsStrings } from './strings.js';
import { balanceOf, bandOf, SIDES, type Band, type Side, type Weight } from './balance.js';
import { renderWeightControl, weightControlStyles } from './weight-control.js';
import { capPoints, DEFAULT_WEIGHT, MAX_POINTS_PER_SIDE, normaliseText, readAuthorInput, type PointInput, type Problem } from './points.js';
import { renderActions, renderAddForm, renderBalance, renderIntro, renderOwnActions, renderPointEditor, renderPointText, renderReflection, renderSide } from './views.js';
import { mergeSaved, parseSavedJson } from './saved.js';
import { problemsForConsole, problemsWarningKey, visibleProblems } from './problems.js';
import { authorSuggestions, authorTexts, ordered, pointMaker, pointsOn, withAuthorPoints, withoutReaderPoint, withText, withWeight, type PointState, type ProsConsPoint } from './point-state.js';
import { appraisalAsJson, appraisalAsMarkdown, appraisalAsText, type AppraisalState } from './report.js';
import { inSentence, summarise, verdictText, type SideLabels } from './wording.js';
import type { StructuredDataInput } from './structured-data.js';
import { structuredDataWriter } from './structured-data-writer.js';

export type { ProsConsPoint } from './point-state.js';

type Mode = 'appraise' | 'read';

/**
 * A pros-and-cons appraisal that each reader weighs for themselves: every
 * point gets a weight (0 "does not apply to me", 1 "minor", 2 "important",
 * 3 "crucial"), shown as short labels with the long meaning in each radio's
 * description. Until the reader weighs a point, its weight is the author's
 * suggestion: outlined and dashed (`data-state="suggested"` on the radio
 * group, "Suggested by the author" in the description), and the balance
 * counts it, as a note under the meter says; once weighed it is filled
 * (`data-state="chosen"`). The reader can add points of their own; a meter and a verdict
 * in words show where the balance lies, with the tipping point; a reflection
 * box and exports (text, Markdown, JSON, print) make it a CPD record.
 * `mode="read"` shows a static two-column pros/cons block.
 *
 * **Authoring.** Light-DOM lists `<ul slot="pros">` / `<ul slot="cons">` (or
 * `<ol>`), one `<li>` per point with optional `data-weight="0".."3"`; or a
 * child `<script type="application/json">{"pros": [...], "cons": [...]}</script>`
 * (items as strings or `{ "text", "weight" }`); or the `pros` / `cons`
 * properties. Properties win over JSON, JSON over lists. Point text is always
 * text, never HTML. A point without a weight is "important" (2). At most 50
 * points a side are shown (a message says how many were left out).
 *
 * **Before the script loads** the author's lists show as ordinary lists. In
 * read mode the upgraded element shows those same list elements through its
 * slots, so nothing is re-created.
 *
 * **Balance and verdict.** b = (P - C) / (P + C) over the weights (0 when both
 * are 0). Bands: b <= -0.6 "Mostly cons"; -0.6 < b <= -0.2 "Leans to cons";
 * -0.2 < b < 0.2 "Balanced: neither overwhelmingly good nor bad";
 * 0.2 <= b < 0.6 "Leans to pros"; b >= 0.6 "Mostly pros" (with the page's
 * labels). The tipping point is the one-step change of one weight that moves
 * the verdict into another band, preferring a point mattering a little more,
 * then the smallest change of balance.
 *
 * @customElement cf-pros-cons
 * @summary Pros-and-cons appraisal that each reader weighs for their own practice.
 *
 * @slot pros - The author's pros: a `<ul>` or `<ol>` of `<li>` points (optional `data-weight` 0-3).
 * @slot cons - The author's cons, likewise.
 * @slot - Optional child `<script type="application/json">` with `{ "pros": [...], "cons": [...] }`, and
 *   `<script type="application/json" data-strings>` with replacement strings.
 *
 * @csspart base - The widget's outer frame.
 * @csspart heading - The heading.
 * @csspart message - A message about bad input (unreadable JSON, no points, too many points).
 * @csspart columns - The two columns of points.
 * @csspart side - One column (pros or cons).
 * @csspart side-label - A column's label.
 * @csspart point - One point.
 * @csspart own - The "Your point" mark on a reader's point.
 * @csspart weights - A point's weight control (a radio group).
 * @csspart weight - One weight (a radio).
 * @csspart add - The form for adding a point of your own.
 * @csspart balance - The balance section.
 * @csspart meter - The balance meter.
 * @csspart verdict - The verdict in words.
 * @csspart tipping - The tipping point sentence.
 * @csspart reflection - The reflection box.
 * @csspart actions - The export and clear buttons.
 * @csspart cleared - After "Clear my answers": the message that the answers are cleared, with its "Undo" button.
 *
 * @cssprop [--cf-pro] - Colour of the pros (blue by default).
 * @cssprop [--cf-con] - Colour of the cons (orange by default).
 * @cssprop [--cf-pro-tint] - Background of the pros column.
 * @cssprop [--cf-con-tint] - Background of the cons column.
 * @cssprop [--cf-surface] - Background of the widget.
 * @cssprop [--cf-surface-tint] - Background of panels.
 * @cssprop [--cf-text] - Text colour.
 * @cssprop [--cf-text-muted] - Secondary text colour.
 * @cssprop [--cf-border] - Borders of controls.
 * @cssprop [--cf-hairline] - Thin dividing lines.
 * @cssprop [--cf-accent] - Chosen weight and primary buttons.
 * @cssprop [--cf-accent-text] - Text on the accent colour.
 * @cssprop [--cf-focus] - Focus ring colour.
 * @cssprop [--cf-danger] - Edge of error messages.
 * @cssprop [--cf-radius] - Corner radius.
 * @cssprop [--cf-transition] - Duration and easing of the meter's movement (0s under reduced motion).
 *
 * @fires change - When the reader changes a weight, adds, edits or removes a point, commits the
 *   reflection (on the textarea's `change`) or clears the answers. Bubbles and is composed.
 */
export class ProsCons extends CfFormElement {
  static override readonly tagName: string = 'cf-pros-cons';
  static override styles = [tokens, prosConsStyles, weightControlStyles];
  static override readonly defaultStrings = prosConsStrings;
  // `static properties` rather than decorators: the decorator helpers cost bytes on every page (issue 10)
  static override properties = {
    heading: { reflect: true },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    prosLabel: { reflect: true, attribute: 'pros-label' },
    consLabel: { reflect: true, attribute: 'cons-label' },
    mode: { reflect: true },
    persist: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
    reflection: { attribute: false },
    points: { state: true, attribute: false },
    editing: { state: true, attribute: false },
    addSide: { state: true, attribute: false },
    addError: { state: true, attribute: false },
    problems: { state: true, attribute: false },
  };

  /** Heading of the appraisal; none when empty. Also the name in structured data and exports. */
  heading = '';

  /** Level of the heading element, 2 to 6 (default 2); the column labels are one level below. */
  headingLevel = 2;

  /** Label of the pros side (default "Pros"). */
  prosLabel = '';

  /** Label of the cons side (default "Cons"). */
  consLabel = '';

  /** `appraise` (default): the reader weighs each point. `read`: a static pros/cons block. */
  mode: Mode = 'appraise';

  /** Keep the reader's weights, own points and reflection in `localStorage` (needs an `id`). Nothing is stored without it. */
  persist = false;

  /** Add schema.org `Review` JSON-LD (`positiveNotes`, `negativeNotes`) as a light-DOM `<script type="application/ld+json">` child. */
  structuredData = false;

  /** The reader's reflection: what this means for their practice. */
  reflection = '';

  /** The author's lists make the appraisal: wait for the parser to pass them (see CfElement). */
  protected override readonly rendersFromChildren = true;
  private points: PointState[] = [];
  private problems: Problem[] = [];
  private propertyPros: unknown = undefined;
  private propertyCons: unknown = undefined;
  private sourceDirty = true;
  private restoredFromStorage = false;
  private readonly makePoint = pointMaker();
  private editing = '';
  private addSide: Side = 'pro';
  private addError = '';
  private readonly structuredDataWriter = structuredDataWriter(this, () => this.structuredDataInput(), (message) => this.warn('structured-data', message));
  /** "Clear my answers" with its "Undo" (which puts back the appraisal's JSON record), shown with persist. */
  private readonly clearControls = new ClearAnswers<Record<string, unknown>>(this, (record) => this.restoreCleared(record));

  constructor() {
    super();
    // Properties set before the element was upgraded sit on the instance and
    // hide the accessors: take them over.
    for (const key of ['pros', 'cons', 'value'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value: unknown = this[key];
        delete (this as unknown as Record<string, unknown>)[key];
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  // ---- public properties -----------------------------------------------------

  /**
   * The pros with the reader's weights, the author's first, then the
   * reader's own (`by: "reader"`). Set it to an array of `{ text, weight? }`
   * (or strings) to give the author's pros from script. Setting it again
   * takes the new weights, except for points whose weight the reader chose.
   */
  get pros(): ProsConsPoint[] {
    return this.publicPoints('pro');
  }
  set pros(value: readonly (PointInput | string)[] | undefined) {
    this.propertyPros = value;
    this.sourceChanged();
  }

  /** The cons, as for `pros`. */
  get cons(): ProsConsPoint[] {
    return this.publicPoints('con');
  }
  set cons(value: readonly (PointInput | string)[] | undefined) {
    this.propertyCons = value;
    this.sourceChanged();
  }

  /** (P - C) / (P + C) over the current weights, in [-1, 1]; 0 when both are 0. Read-only. */
  get balance(): number {
    return balanceOf(this.points);
  }

  /** The verdict band of the balance: `mostly-cons`, `leans-cons`, `balanced`, `leans-pros` or `mostly-pros`. Read-only. */
  get verdict(): Band {
    return bandOf(this.balance);
  }

  /**
   * The form value: the appraisal as a JSON string (points with weights and
   * who wrote them, balance, verdict, reflection). Setting it to such a
   * string restores those weights, the reader's points and the reflection.
   * Each point also has `chosen` (an addition to the contract): `false` while
   * its weight is still the author's suggestion, `true` once the reader has
   * weighed it (always for the reader's own points).
   */
  get value(): string {
    return JSON.stringify(this.toJSONRecord());
  }
  set value(json: string) {
    const error = this.applySavedJson(json);
    if (error) this.warn('value', `value must be a JSON string as the form submits it (${error}); it is ignored.`);
  }

  private publicPoints(side: Side): ProsConsPoint[] {
    if (this.sourceDirty && this.isConnected) this.readAuthorPoints();
    return pointsOn(this.points, side).map(({ text, weight, by }) => ({ text, weight, by }));
  }

  // ---- lifecycle -------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.sourceDirty = true;
  }

  /** Read the lists or JSON again when they change, and once the page is parsed (warning about them only then). */
  protected override childrenChanged(): void {
    this.sourceDirty = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') && this.mode !== 'appraise' && this.mode !== 'read') {
      this.warn('mode', `mode="${this.mode}" is not a mode. Use "appraise" (the default) or "read". Showing the appraisal.`);
    }
    if (this.sourceDirty) this.readAuthorPoints();
    if (!this.restoredFromStorage && this.persist && this.isConnected) this.restoreFromStorage();
    this.syncFormValue();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.structuredDataWriter.sync();
  }

  private get isReadMode(): boolean {
    return this.mode === 'read';
  }

  private sourceChanged(): void {
    this.sourceDirty = true;
    this.requestUpdate();
  }

  /** The JSON-LD script this element writes into its light DOM is not the author's configuration. */
  protected override isOwnLightDom(record: MutationRecord): boolean {
    return this.structuredDataWriter.wrote(record);
  }

  // ---- author's points -> state ------------------------------------------------

  private readAuthorPoints(): void {
    this.sourceDirty = false;
    const { read, source } = readAuthorInput(this, this.propertyPros, this.propertyCons);
    const capped = capPoints(read);
    this.points = withAuthorPoints(this.points, capped.points, this.makePoint);
    this.problems = capped.problems;
    // one console warning for everything wrong with one reading of the input
    if (capped.problems.length > 0) this.warn(problemsWarningKey(capped.problems), problemsForConsole(capped.problems, source));
  }

  private get labels(): SideLabels {
    return { pros: this.prosLabel || this.t('label.pros'), cons: this.consLabel || this.t('label.cons') };
  }

  private labelOf(side: Side): string {
    return side === 'pro' ? this.labels.pros : this.labels.cons;
  }

  /** The side's label inside a sentence ("added to cons"), as the `{side}` of the strings. */
  private sideInSentence(side: Side): string {
    return inSentence(this.labelOf(side), this.t.lang);
  }

  // ---- persistence -------------------------------------------------------------

  private restoreFromStorage(): void {
    this.restoredFromStorage = true;
    const saved = this.readPersisted();
    if (isRecord(saved)) this.applySaved(saved);
  }

  /** Apply a saved appraisal (the JSON record): see `mergeSaved`; the reflection too. */
  private applySaved(saved: Record<string, unknown>): void {
    this.points = ordered(mergeSaved(authorSuggestions(this.points), saved, (point) => this.makePoint(point, 'reader')));
    this.reflection = typeof saved['reflection'] === 'string' ? saved['reflection'] : '';
    this.editing = '';
  }

  /** Apply the JSON record as a string; returns what is wrong with it, if anything. */
  private applySavedJson(json: string): string | undefined {
    const saved = parseSavedJson(json);
    if (typeof saved === 'string') return saved;
    if (this.sourceDirty) this.readAuthorPoints();
    this.applySaved(saved);
    return undefined;
  }

  private save(): void {
    this.writePersisted(() => this.toJSONRecord());
  }

  // ---- form association ----------------------------------------------------------

  private syncFormValue(): void {
    if (!this.name || this.isDisabled) {
      this.internals.setFormValue(null);
      return;
    }
    const json = JSON.stringify(this.toJSONRecord());
    this.internals.setFormValue(json, json);
  }

  /** The form's reset: the author's weights again, without the reader's points and reflection. */
  protected override resetForm(): void {
    this.clearControls.forget();
    this.resetToAuthor();
    this.save();
  }

  formStateRestoreCallback(saved: unknown, _mode?: 'restore' | 'autocomplete'): void {
    // a state we did not write is ignored
    if (typeof saved === 'string') this.applySavedJson(saved);
  }

  private resetToAuthor(): void {
    this.points = authorSuggestions(this.points);
    this.reflection = '';
    this.editing = '';
    this.addError = '';
  }

  // ---- reader actions -> state -> events -------------------------------------------

  /** After a reader's change: keep it (persist), announce a new verdict band, fire `change`. */
  private commit(bandBefore: Band, message = ''): void {
    this.clearControls.forget();
    this.save();
    const band = bandOf(this.balance);
    const verdict = band !== bandBefore ? this.t('announce.verdict', { verdict: verdictText(this.t, band, this.labels) }) : '';
    const announcement = [message, verdict].filter(Boolean).join(' ');
    if (announcement) this.announce(announcement);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** A reader's change to the points, committed as such. */
  private changePoints(points: PointState[], message = ''): void {
    const before = bandOf(this.balance);
    this.points = points;
    this.commit(before, message);
  }

  private setWeight(id: string, weight: Weight): void {
    if (this.isDisabled) return;
    const point = this.points.find((candidate) => candidate.id === id);
    // picking the suggested weight is an answer too: it makes the suggestion the reader's own
    if (!point || (point.weight === weight && point.chosen)) return;
    this.changePoints(withWeight(this.points, id, weight));
  }

  private async setWeightAndFocus(id: string, weight: Weight): Promise<void> {
    this.setWeight(id, weight);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-point="${id}"] [role="radio"][data-weight="${weight}"]`)?.focus();
  }

  /** Add a point of the reader's own; returns false (with a message) when it cannot. */
  addPoint(side: Side, text: string): boolean {
    if (this.isDisabled) return false;
    const clean = normaliseText(text);
    if (!clean) return this.refuseAdd(this.t('add.empty'));
    if (pointsOn(this.points, side).length >= MAX_POINTS_PER_SIDE) {
      return this.refuseAdd(this.t('add.full', { side: this.sideInSentence(side), max: this.t.number(MAX_POINTS_PER_SIDE) }));
    }
    this.addError = '';
    this.changePoints(ordered([...this.points, this.makePoint({ side, text: clean, weight: DEFAULT_WEIGHT }, 'reader')]), this.t('announce.added', { side: this.sideInSentence(side) }));
    return true;
  }

  /** Show why a point cannot be added beside the field, and say it: focus stays in the field, so the text alone goes unheard. */
  private refuseAdd(message: string): false {
    this.addError = message;
    this.announce(message);
    return false;
  }

  private onAddSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#add-text');
    if (!input) return;
    if (this.addPoint(this.addSide, input.value)) input.value = '';
    input.focus();
  }

  private async startEditing(id: string): Promise<void> {
    if (this.isDisabled) return;
    this.editing = id;
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}-edit`);
    input?.focus();
    input?.select();
  }

  private async stopEditing(id: string, save: boolean): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}-edit`);
    const point = this.points.find((candidate) => candidate.id === id);
    if (save && input && point) {
      const text = normaliseText(input.value);
      if (!text) {
        // an emptied point is removed, as a reader who clears it means
        this.removePoint(id);
        return;
      }
      if (text !== point.text) {
        this.editing = '';
        this.changePoints(withText(this.points, id, text), this.t('announce.edited'));
      }
    }
    this.editing = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-point="${id}"] [data-action="edit"]`)?.focus();
  }

  private removePoint(id: string): void {
    if (this.isDisabled) return;
    this.editing = '';
    this.changePoints(withoutReaderPoint(this.points, id), this.t('announce.removed'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-text')?.focus());
  }

  private onReflectionInput(event: Event): void {
    this.clearControls.forget();
    this.reflection = (event.target as HTMLTextAreaElement).value;
    this.save();
  }

  private onReflectionChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Remove the reader's answers (and what `persist` kept): the author's weights again. */
  clearAnswers(): void {
    this.clearControls.hold(this.toJSONRecord());
    this.clearPersisted();
    const before = bandOf(this.balance);
    this.resetToAuthor();
    const band = bandOf(this.balance);
    this.announce([this.t('cleared'), this.t('cleared.undoHint'), band !== before ? this.t('announce.verdict', { verdict: verdictText(this.t, band, this.labels) }) : ''].filter(Boolean).join(' '));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** "Undo": the cleared answers again, kept (persist) and announced as any change. */
  private restoreCleared(record: Record<string, unknown>): void {
    const before = bandOf(this.balance);
    this.applySaved(record);
    this.commit(before, this.t('restored'));
  }

  // ---- structured data -----------------------------------------------------------

  /** The review for the JSON-LD: the author's points as shown; none when off or when there are no points. */
  private structuredDataInput(): StructuredDataInput | undefined {
    const input = { heading: this.heading.trim(), pros: authorTexts(this.points, 'pro'), cons: authorTexts(this.points, 'con') };
    return this.structuredData && input.pros.length + input.cons.length > 0 ? input : undefined;
  }

  /** Done when the render and the JSON-LD it asked for are. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.structuredDataWriter.loading();
    return done;
  }

  // ---- export ------------------------------------------------------------------

  private exportState(): AppraisalState {
    return { heading: this.heading.trim(), labels: this.labels, points: this.points, reflection: this.reflection, date: new Date() };
  }

  /** The appraisal as plain text, as "Copy as text" copies it. */
  toText(): string {
    return appraisalAsText(this.t, this.exportState());
  }

  /** The appraisal as Markdown, as "Download Markdown" saves it. */
  toMarkdown(): string {
    return appraisalAsMarkdown(this.t, this.exportState());
  }

  /** The appraisal as a JSON-ready object, as "Download JSON" saves it and the form submits it. */
  toJSONRecord(): Record<string, unknown> {
    return appraisalAsJson(this.t, this.exportState());
  }

  private async copy(): Promise<void> {
    const copied = await copyText(this.toText(), this.renderRoot as ShadowRoot);
    this.announce(this.t(copied ? 'copied' : 'copyFailed'));
  }

  /** Save `text` as a file named after the heading ("pros-and-cons" without one). */
  private download(extension: 'md' | 'json', text: string, type: string): void {
    downloadFile(`${slugify(this.heading, 'pros-and-cons')}.${extension}`, text, type);
  }

  // ---- render ------------------------------------------------------------------

  private get level(): number {
    return headingLevelOf(this.headingLevel);
  }

  /** The column labels and the balance heading: below the heading, or in its place when there is none. */
  private get subheadingLevel(): number {
    return this.heading ? headingLevelBelow(this.headingLevel) : this.level;
  }

  protected override render(): TemplateResult {
    const read = this.isReadMode;
    // While the page is still parsed the lists may simply not be there yet: no messages until then.
    const problems = this.childrenMayBeIncomplete ? [] : this.problems;
    const messages = visibleProblems(this.t, problems, this.isReadMode, (side) => this.sideInSentence(side));
    return html`
      <div part="base" class="frame ${read ? 'read' : 'appraise'}">
        ${this.heading ? html`<div part="heading" class="cf-heading" role="heading" aria-level=${this.level}>${this.heading}</div>` : nothing}
        ${read ? nothing : renderIntro(this.t, this.hasSuggestions)}
        ${messages.map((message) => html`<p part="message" class="cf-message">${message}</p>`)}
        <div part="columns" class="columns">
          ${SIDES.map((side) =>
            renderSide(this.t, side, this.labelOf(side), this.subheadingLevel, pointsOn(this.points, side), (point) => (read ? html`<li part="point" class="point">${point.text}</li>` : this.renderPoint(point))),
          )}
        </div>
        ${read ? nothing : this.renderAppraisalTools()}
        ${this.renderLiveRegion()}
      </div>
    `;
  }

  private renderPoint(point: PointState): TemplateResult {
    const own = point.by === 'reader';
    const editing = own && this.editing === point.id;
    return html`<li part="point" class="point ${own ? 'own' : ''}" data-point=${point.id}>
      ${editing ? renderPointEditor(this.t, point, (save) => void this.stopEditing(point.id, save)) : renderPointText(this.t, point)}
      ${this.renderWeights(point)}
      ${own && !editing
        ? renderOwnActions(this.t, point, this.isDisabled, { edit: () => void this.startEditing(point.id), remove: () => this.removePoint(point.id) })
        : nothing}
    </li>`;
  }

  private renderWeights(point: PointState): TemplateResult {
    return renderWeightControl(point, {
      t: this.t,
      disabled: this.isDisabled,
      pick: (weight) => void this.setWeightAndFocus(point.id, weight),
      submit: () => this.form?.requestSubmit(),
    });
  }

  /** Whether some author point still shows the author's suggested weight. */
  private get hasSuggestions(): boolean {
    return this.points.some((point) => !point.chosen);
  }

  /** Under the columns: the add form, the balance, the reflection and the actions. */
  private renderAppraisalTools(): TemplateResult {
    const t = this.t;
    const disabled = this.isDisabled;
    const labels = this.labels;
    return html`${renderAddForm(t, labels, {
      disabled,
      side: this.addSide,
      error: this.addError,
      submit: (event) => this.onAddSubmit(event),
      input: () => (this.addError = ''),
      chooseSide: (side) => (this.addSide = side),
    })}
    ${renderBalance(t, summarise(t, this.points, labels), labels, this.subheadingLevel, this.hasSuggestions)}
    ${renderReflection(t, this.reflection, disabled, (event) => this.onReflectionInput(event), () => this.onReflectionChange())}
    ${renderActions(
      t,
      disabled,
      {
        copy: () => void this.copy(),
        markdown: () => this.download('md', this.toMarkdown(), 'text/markdown'),
        json: () => this.download('json', `${JSON.stringify(this.toJSONRecord(), null, 2)}\n`, 'application/json'),
      },
      this.persist ? this.clearControls.render(t, { disabled, storageFailed: this.storageFailed, clear: () => this.clearAnswers() }) : nothing,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cf-pros-cons': ProsCons;
  }
}
