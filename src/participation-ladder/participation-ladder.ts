import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CfFormElement } from '../shared/form-element.js';
import { headingLevelOf, textAttribute } from '../shared/base-element.js';
import { radioKeyAction } from '../shared/radio-keys.js';
import { tokens } from '../shared/tokens.js';
import * as icons from '../shared/icons.js';
import { copyText, downloadFile, slugify } from '../shared/export.js';
import { ClearAnswers } from '../shared/clear-answers.js';
import { actionButton } from '../shared/action-button.js';
import { ladderStyles } from './participation-ladder.styles.js';
import { ladderStrings } from './strings.js';
import { ARNSTEIN, findLevel, type PresetId, type Scale, type ScaleLevel } from './scales.js';
import type { Answers, Area } from './areas.js';
import { formData, parsePerspectives, type Rating } from './ratings.js';
import type { QuestionnaireHost } from './questionnaire-panel.js';
import { localiseScale } from './wording.js';
import { ladderAsJson, ladderAsText, type LadderState } from './report.js';
import type { Marking } from './marks.js';
import { placeGap, renderMarkingSwitch, renderRungs } from './rungs.js';
import { ratedPerspective, renderPerspectiveTabs } from './perspective-tabs.js';
import { renderAbout, renderSpread, renderSummary } from './side-notes.js';
import { chooseScale, isScaleLoading, levelOrProblem, loadPresetScales, renderRungsLoading, standIn, type Warn } from './scale-source.js';
import { HelpToggle } from './help-toggle.js';
import { EMPTY_RATING, isSavedFor, readSaved, savedState } from './saved-state.js';

/**
 * A self-rater on Arnstein's ladder of citizen participation (or Hart's
 * ladder, the IAP2 Spectrum, the TLAP ladder of co-production, or a custom
 * scale): mark where participation is now and where you want it to be, rate it
 * from several perspectives, and let a short questionnaire suggest a rung.
 *
 * @customElement cf-participation-ladder
 * @summary Participation self-rater on Arnstein's ladder (and Hart, IAP2, TLAP).
 *
 * @slot - Optional child `<script type="application/json">` with a custom scale
 *   `{ name, levels: [{ id, label, description, group }], groups: [{ id, label }] }`
 *   (levels bottom to top), and `<script type="application/json" data-strings>` with replacement strings.
 *
 * @csspart base - The widget's outer frame.
 * @csspart heading - The heading.
 * @csspart message - A message about bad input (unknown scale, invalid JSON, unknown value).
 * @csspart perspectives - The tab list of perspectives.
 * @csspart marking - The "Where we are now" / "Where we want to be" switch.
 * @csspart ladder - The radio group of levels.
 * @csspart band - One band of levels (e.g. "Degrees of tokenism").
 * @csspart level - One rung (a radio).
 * @csspart mark - A "Now"/"Aim" mark on a rung.
 * @csspart summary - The marks and the gap in words.
 * @csspart spread - How the perspectives compare.
 * @csspart questionnaire - The "Help me decide" panel.
 * @csspart profile - The questionnaire's answers by area.
 * @csspart suggestion - The suggested rung and its reasons.
 * @csspart actions - The export and clear buttons.
 * @csspart cleared - After "Clear my answers": the message that the answers are cleared, with its "Undo" button.
 * @csspart about - The "About this model" note.
 *
 * @cssprop [--cf-surface] - Background of the widget.
 * @cssprop [--cf-surface-tint] - Background of rungs and panels.
 * @cssprop [--cf-text] - Text colour.
 * @cssprop [--cf-text-muted] - Secondary text colour.
 * @cssprop [--cf-border] - Borders of controls.
 * @cssprop [--cf-hairline] - Thin dividing lines.
 * @cssprop [--cf-accent] - Chosen rung, pressed buttons and marks.
 * @cssprop [--cf-accent-text] - Text on the accent colour.
 * @cssprop [--cf-accent-tint] - Background of the chosen rung.
 * @cssprop [--cf-focus] - Focus ring colour.
 * @cssprop [--cf-radius] - Corner radius.
 *
 * @fires change - When the reader marks a rung, accepts a suggestion or clears the answers. Bubbles and is composed.
 */
export class ParticipationLadder extends CfFormElement {
  static override readonly tagName: string = 'cf-participation-ladder';
  static override styles = [tokens, ladderStyles];
  static override readonly defaultStrings = ladderStrings;
  // `static properties`, not decorators: the decorators' helpers cost bytes in every page (issue 10)
  static override properties: PropertyDeclarations = {
    scale: { reflect: true, converter: textAttribute('arnstein') },
    value: { reflect: true, converter: textAttribute('') },
    aspiration: { reflect: true, converter: textAttribute('') },
    required: { type: Boolean, reflect: true },
    persist: { type: Boolean, reflect: true },
    heading: { reflect: true, converter: textAttribute('') },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    perspectives: { reflect: true, converter: textAttribute('') },
    marking: { state: true, attribute: false },
    activePerspective: { state: true, attribute: false },
    ratings: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    scaleProblem: { state: true, attribute: false },
    valueProblem: { state: true, attribute: false },
    showRequiredError: { state: true, attribute: false },
    drawingImage: { state: true, attribute: false },
  };

  /** Preset scale: `arnstein` (default), `hart`, `iap2` or `tlap`. A custom scale in child JSON takes precedence. */
  scale = 'arnstein';

  /** Id of the level marked as "where we are now" (for the first perspective), or empty. */
  value = '';

  /** Id of the level marked as "where we want to be" (for the first perspective), or empty. */
  aspiration = '';

  /** The element is invalid while `value` is empty. */
  required = false;

  /** Keep the reader's answers in `localStorage` (needs an `id`). Off by default: nothing is stored without it. */
  persist = false;

  /** Heading text; defaults to "Where does participation sit?". */
  heading = '';

  /** Level of the heading element, 2 to 6 (default 2), to fit the page's outline. */
  headingLevel = 2;

  /** Perspectives rated separately, separated by semicolons, e.g. `Staff; People who use the service`. */
  perspectives = '';

  private marking: Marking = 'now';
  private activePerspective = 0;
  private ratings: Rating[] = [{ ...EMPTY_RATING }];
  private answers: Answers[] = [{}];
  private scaleProblem = '';
  private valueProblem = '';
  /** Set when a submit found the required ladder empty; cleared once a rung is chosen or the form resets. */
  private showRequiredError = false;

  /** Set while the PNG drawing code loads and draws: the button says "Loading…". */
  private drawingImage = false;
  private morePresets?: Readonly<Record<PresetId, Scale>>;
  private presetsArriving?: Promise<unknown>;
  private customScaleCode?: typeof import('./custom-scale.js');
  private customScaleArriving?: Promise<unknown>;

  private resolvedScale: Scale = ARNSTEIN;
  /** The resolved scale in the page's words (see `localiseScale`); what every render and export uses. */
  private scaleView: Scale = ARNSTEIN;
  private authorDefaults: Rating = { ...EMPTY_RATING };
  private hasConnected = false;
  private childScaleMayHaveChanged = false;
  private restoredFromStorage = false;
  /** "Clear my answers" with its "Undo" (which puts back every perspective's marks and answers), shown with persist. */
  private readonly help = new HelpToggle(this, (error) => this.warnLoadFailed('questionnaire-panel', error));
  private readonly clearControls = new ClearAnswers<Record<string, unknown>>(this, (saved) => this.restoreCleared(saved));

  /** The scale in use (after resolving presets, custom JSON and errors). */
  get scaleDefinition(): Scale {
    return this.scaleView;
  }

  constructor() {
    super();
    // The browser fires `invalid` on the element when a submit (or
    // checkValidity/reportValidity) finds it empty: only then show the error.
    // It also shows the rungs that need the answer: "where we are now" of the first perspective.
    this.addEventListener('invalid', () => {
      this.showRequiredError = true;
      this.marking = 'now';
      this.activePerspective = 0;
    });
  }

  /** Names of the perspectives; empty when the page gives none. */
  get perspectiveNames(): string[] {
    return parsePerspectives(this.perspectives);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasConnected) {
      this.hasConnected = true;
      this.authorDefaults = { now: this.value, aim: this.aspiration };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rereadScale = changed.has('scale') || !this.hasUpdated || this.childScaleMayHaveChanged;
    this.childScaleMayHaveChanged = false;
    if (rereadScale) this.resolveScale();
    if (changed.has('perspectives')) this.fitRatingsToPerspectives();
    if (isScaleLoading(this.resolvedScale)) {
      this.scaleView = this.resolvedScale;
      return; // value, aspiration and a kept copy are checked against the real levels once they arrive
    }
    if (changed.has('value') || changed.has('aspiration') || rereadScale) this.takeValueAttributes();
    if (!this.restoredFromStorage && this.persist) this.restoreFromStorage();
    this.scaleView = localiseScale(this.t, this.resolvedScale);
    if (this.showRequiredError && !this.isMissingValue) this.showRequiredError = false;
    this.syncFormValue();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncValidity();
    this.placeGap();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // the column, not the rungs: a preset's loading placeholder stands where they will be
    const column = this.renderRoot.querySelector('.ladder-column');
    if (column) this.rungsResized?.observe(column);
  }

  /**
   * Rungs reflow (a narrower container, a late font): the drawn gap follows
   * them. Its first report, once the ladder is laid out, also draws the first
   * gap: measuring in the first update would force a layout per ladder while
   * a page inserts many (a third of the time of 1,000 ladders).
   */
  private readonly rungsResized =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          this.rungsLaidOut = true;
          this.placeGap();
        })
      : undefined;

  private rungsLaidOut = !this.rungsResized;

  private placeGap(): void {
    placeGap(this.renderRoot, this.activeRating, this.rungsLaidOut);
  }

  // ---- attributes -> state -------------------------------------------------

  /** The custom-scale JSON child may have arrived or changed since the first render (a script in <head>, a page's script). */
  protected override childrenChanged(): void {
    this.childScaleMayHaveChanged = true;
    this.restoredFromStorage = false;
  }

  private readonly warnOnce: Warn = (key, message) => this.warn(key, message);

  private resolveScale(): void {
    const { scale, problem } = chooseScale(this, this.scale, this.t, this.warnOnce, (id) => this.preset(id), () => this.customScale());
    // the same custom scale read again (its children changed elsewhere) keeps the reader's marks
    if (scale !== this.resolvedScale && JSON.stringify(scale) !== JSON.stringify(this.resolvedScale)) {
      this.ratings = this.ratings.map(() => ({ ...EMPTY_RATING }));
      this.answers = this.answers.map(() => ({}));
    }
    this.resolvedScale = scale;
    this.scaleProblem = problem;
  }

  /**
   * A preset: Arnstein at once, the others once more-scales.js arrives. Until
   * then an empty scale of that id stands in (the rungs area says "Loading…"),
   * and `value`, `aspiration` and a kept copy wait for the real levels.
   */
  private preset(id: PresetId): Scale {
    if (id === 'arnstein') return ARNSTEIN;
    if (this.morePresets) return this.morePresets[id];
    this.presetsArriving ??= loadPresetScales()
      .then((presets) => {
        this.morePresets = presets;
        this.rereadScale();
      })
      .catch((error: unknown) => this.warnLoadFailed('more-scales', error));
    return standIn(id);
  }

  /** The code that reads a custom scale, once it has arrived (it loads on the first page that gives one). */
  private customScale(): typeof import('./custom-scale.js') | undefined {
    this.customScaleArriving ??= import('./custom-scale.js')
      .then((code) => {
        this.customScaleCode = code;
        this.rereadScale();
      })
      .catch((error: unknown) => this.warnLoadFailed('custom-scale', error));
    return this.customScaleCode;
  }

  /** Read the scale again, now with the levels that have arrived. */
  private rereadScale(): void {
    this.childScaleMayHaveChanged = true;
    this.restoredFromStorage = false;
    this.requestUpdate();
  }

  private fitRatingsToPerspectives(): void {
    const count = Math.max(1, this.perspectiveNames.length);
    this.ratings = Array.from({ length: count }, (_, index) => this.ratings[index] ?? { ...EMPTY_RATING });
    this.answers = Array.from({ length: count }, (_, index) => this.answers[index] ?? {});
    this.activePerspective = Math.min(this.activePerspective, count - 1);
  }

  /** `value`/`aspiration` -> the first perspective's marks, checking they are levels. */
  private takeValueAttributes(): void {
    const problems: string[] = [];
    const accept = (id: string, attribute: string) => levelOrProblem(this.resolvedScale, id, attribute, this.t, this.warnOnce, problems);
    const now = accept(this.value, 'value');
    const aim = accept(this.aspiration, 'aspiration');
    this.valueProblem = problems.join(' ');
    const first = this.ratings[0] ?? EMPTY_RATING;
    if (first.now !== now || first.aim !== aim) this.ratings = [{ now, aim }, ...this.ratings.slice(1)];
  }

  // ---- persistence ---------------------------------------------------------

  private restoreFromStorage(): void {
    this.restoredFromStorage = true;
    const saved = this.readPersisted();
    if (isSavedFor(saved, this.resolvedScale)) this.applySaved(saved);
  }

  /** Apply saved or restored state, keeping only marks that are levels of this scale. */
  private applySaved(saved: Record<string, unknown>): void {
    ({ ratings: this.ratings, answers: this.answers } = readSaved(saved, this.resolvedScale, this.ratings.length));
    this.value = this.ratings[0]?.now ?? '';
    this.aspiration = this.ratings[0]?.aim ?? '';
  }

  private savedState(): Record<string, unknown> {
    return savedState(this.resolvedScale, this.ratings, this.answers);
  }

  private save(): void {
    this.writePersisted(() => this.savedState());
  }

  // ---- form association ----------------------------------------------------

  private syncFormValue(): void {
    // A disabled element is left out of FormData by the browser itself.
    if (!this.name) {
      this.internals.setFormValue(null);
      return;
    }
    this.internals.setFormValue(formData(this.name, this.perspectiveNames, this.ratings), JSON.stringify(this.savedState()));
  }

  /** Required, enabled, and "where we are now" (of the first perspective) is empty. */
  private get isMissingValue(): boolean {
    return this.required && !this.isDisabled && !this.ratings[0]?.now;
  }

  private syncValidity(): void {
    if (!this.isMissingValue) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>('[role="radio"][tabindex="0"]') ?? undefined;
    this.internals.setValidity({ valueMissing: true }, this.t('validation.required'), anchor);
  }

  protected override resetForm(): void {
    this.clearControls.forget();
    this.ratings = this.ratings.map(() => ({ ...EMPTY_RATING }));
    this.answers = this.answers.map(() => ({}));
    this.value = this.authorDefaults.now;
    this.aspiration = this.authorDefaults.aim;
    this.marking = 'now';
    this.activePerspective = 0;
    this.help.close();
    this.showRequiredError = false;
    this.takeValueAttributes();
    this.save();
  }

  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(saved);
      if (isSavedFor(parsed, this.resolvedScale)) this.applySaved(parsed);
    } catch {
      // a state we did not write: ignore it
    }
  }

  // ---- reader actions -> state -> events -----------------------------------

  private get activeRating(): Rating {
    return this.ratings[this.activePerspective] ?? EMPTY_RATING;
  }

  /** Mark `levelId` for the active perspective and marking, as a reader's change. */
  private mark(levelId: string, marking: Marking = this.marking): void {
    if (this.isDisabled) return;
    const level = findLevel(this.scaleView, levelId);
    if (!level || this.activeRating[marking] === levelId) return;
    this.clearControls.forget();
    this.ratings = this.ratings.map((rating, index) => (index === this.activePerspective ? { ...rating, [marking]: levelId } : rating));
    if (this.activePerspective === 0) {
      if (marking === 'now') this.value = levelId;
      else this.aspiration = levelId;
    }
    this.valueProblem = '';
    this.save();
    this.announceMark(this.t(marking === 'now' ? 'announce.now' : 'announce.aim', { level: level.label }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Announces a new mark, saying whose view it is when there are several perspectives. */
  private announceMark(message: string): void {
    const perspective = ratedPerspective(this.perspectiveNames, this.activePerspective);
    this.announce(perspective ? this.t('announce.perspective', { perspective, announcement: message }) : message);
  }

  private async markAndFocus(levelId: string): Promise<void> {
    this.mark(levelId);
    await this.focusRung(levelId);
  }

  private async focusRung(levelId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role="radio"][data-level="${CSS.escape(levelId)}"]`)?.focus();
  }

  /**
   * A click on a rung: marks it for the active marking. The first "now" moves
   * the switch on to "where we want to be", so that a reader need not switch
   * before the second click; the switch can go back. Screen readers in browse
   * mode click too, and then hear the rung just chosen as not checked (the
   * group now shows the aim): the announcement says plainly that the switch moved.
   */
  private async clickRung(levelId: string): Promise<void> {
    const firstNow = this.marking === 'now' && !this.activeRating.aim && this.activeRating.now !== levelId;
    this.mark(levelId);
    if (firstNow && !this.isDisabled) {
      this.marking = 'aim';
      const level = findLevel(this.scaleView, levelId);
      this.announceMark(`${this.t('announce.now', { level: level?.label ?? '' })} ${this.t('announce.nextAim')}`);
    }
    await this.focusRung(levelId);
  }

  /**
   * WAI-ARIA radio group keys; Up/Right go to the next higher rung, Down/Left
   * lower. A ladder has ends: the keys stop there rather than wrap, so that
   * ArrowUp on the top rung never marks the bottom one.
   */
  private onLevelKeydown(event: KeyboardEvent, level: ScaleLevel): void {
    const levels = this.scaleView.levels;
    const index = levels.indexOf(level);
    const action = radioKeyAction(event.key, index, levels.length, ['ArrowUp', 'ArrowRight']);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'submit') this.form?.requestSubmit();
    else if (action.kind === 'check') void this.markAndFocus(level.id);
    else if (Math.abs(action.index - index) === 1) void this.markAndFocus(levels[action.index]?.id ?? level.id);
  }

  private async showPerspective(index: number, focus = false): Promise<void> {
    if (this.isDisabled) return;
    this.activePerspective = index;
    // a perspective not yet rated starts at "where we are now"
    if (!this.activeRating.now) this.marking = 'now';
    await this.updateComplete;
    const tab = this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-index="${index}"]`);
    // On a narrow screen the tabs scroll sideways: keep the chosen one in view.
    tab?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (focus) tab?.focus();
  }

  private answer(area: Area, level: number | null): void {
    if (this.isDisabled) return;
    this.clearControls.forget();
    this.answers = this.answers.map((answers, index) => (index === this.activePerspective ? { ...answers, [area]: level } : answers));
    this.save();
  }

  private acceptSuggestion(level: number): void {
    const suggested = this.scaleView.levels[level];
    if (!suggested) return;
    this.mark(suggested.id, 'now');
    this.marking = 'now';
    this.announceMark(this.t('help.accepted', { level: suggested.label }));
  }

  /** Remove the reader's answers (and what `persist` kept), back to the author's defaults. */
  clearAnswers(): void {
    this.clearControls.hold(this.savedState());
    this.clearPersisted();
    this.ratings = this.ratings.map(() => ({ ...EMPTY_RATING }));
    this.answers = this.answers.map(() => ({}));
    this.value = '';
    this.aspiration = '';
    this.marking = 'now';
    this.announce(`${this.t('cleared')} ${this.t('cleared.undoHint')}`);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** "Undo": the cleared marks and answers again, kept (persist) and announced. */
  private restoreCleared(saved: Record<string, unknown>): void {
    this.applySaved(saved);
    this.save();
    this.announce(this.t('restored'));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  // ---- export ----------------------------------------------------------------

  private get headingText(): string {
    return this.heading || this.t('heading');
  }

  private exportState(): LadderState {
    return { heading: this.headingText, scale: this.scaleView, perspectives: this.perspectiveNames, ratings: this.ratings, answers: this.answers, date: new Date() };
  }

  /** The reader's marks as plain text, as "Copy as text" copies them. */
  toText(): string {
    return ladderAsText(this.t, this.exportState());
  }

  /** The reader's marks as a JSON-ready object, as "Download JSON" saves them. */
  toJSONRecord(): object {
    return ladderAsJson(this.exportState());
  }

  private async copy(): Promise<void> {
    const copied = await copyText(this.toText(), this.renderRoot as ShadowRoot);
    this.announce(this.t(copied ? 'copied' : 'copyFailed'));
  }

  private fileName(extension: string): string {
    return `${slugify(this.headingText, 'participation-ladder')}.${extension}`;
  }

  /** The drawing code loads on the first download: few readers ever use it (issue 10). */
  private async downloadImage(): Promise<void> {
    if (this.drawingImage) return;
    this.drawingImage = true;
    try {
      const { drawLadder } = await import('./ladder-image.js');
      const font = getComputedStyle(this).fontFamily || 'sans-serif';
      const blob = await drawLadder(this.t, this.headingText, this.scaleView, this.perspectiveNames, this.ratings, font);
      if (blob) downloadFile(this.fileName('png'), blob);
    } catch (error) {
      this.warnLoadFailed('ladder-image', error);
    } finally {
      this.drawingImage = false;
    }
  }

  /** A part loaded on first use did not arrive (offline, a blocked file): say so in the console, keep working. */
  private warnLoadFailed(part: string, error: unknown): void {
    this.warn(`load:${part}`, `could not load ${part}.js from beside participation-ladder.js (${String(error)}). Check that every file of dist/ is uploaded next to it.`);
  }

  /** `updateComplete` includes a questionnaire on its way, so a page (or a test) that opens it and waits finds it there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([this.help.arriving, this.presetsArriving, this.customScaleArriving]);
    return super.getUpdateComplete();
  }

  // ---- render ----------------------------------------------------------------

  // The space before the required note is a value, not template text: the
  // build's HTML minifier drops whitespace at the start of a template.
  protected override render(): TemplateResult {
    const problems = [this.scaleProblem, this.valueProblem].filter(Boolean);
    return html`
      <div part="base" class="frame">
        ${this.renderHeading()}
        <p class="intro cf-muted">${this.t('intro')}${this.required ? [' ', html`<strong class="required-note">${this.t('required')}</strong>`] : nothing}</p>
        ${problems.map((problem) => html`<p part="message" class="cf-message">${problem}</p>`)}
        ${renderPerspectiveTabs({
          t: this.t,
          names: this.perspectiveNames,
          ratings: this.ratings,
          active: this.activePerspective,
          disabled: this.isDisabled,
          show: (index, focus) => void this.showPerspective(index, focus),
        })}
        <div class="layout" id="panel" role=${ifDefined(this.perspectiveNames.length > 1 ? 'tabpanel' : undefined)} aria-labelledby=${ifDefined(this.perspectiveNames.length > 1 ? `tab-${this.activePerspective}` : undefined)}>
          <div class="ladder-column">${renderMarkingSwitch(this.t, this.marking, this.isDisabled, (marking) => (this.marking = marking))} ${this.renderLadder()}</div>
          <div class="side-column">
            ${renderSummary(this.t, this.scaleView, this.activeRating)}
            ${this.perspectiveNames.length > 1 ? renderSpread(this.t, this.scaleView, this.perspectiveNames, this.ratings, this.headingLevel) : nothing}
            ${this.help.render(this.t, this.isDisabled, () => this.questionnaire())} ${this.renderActions()} ${renderAbout(this.t, this.scaleView)}
          </div>
        </div>
        ${this.renderLiveRegion()}
      </div>
    `;
  }

  private renderHeading(): TemplateResult {
    const level = headingLevelOf(this.headingLevel);
    return html`<div part="heading" class="cf-heading" role="heading" aria-level=${level} id="heading">${this.headingText}</div>
      <p class="scale-name cf-muted">${this.scaleView.name}</p>`;
  }

  private renderLadder(): TemplateResult {
    if (isScaleLoading(this.resolvedScale)) return renderRungsLoading(this.t, this.resolvedScale);
    return renderRungs({
      t: this.t,
      scale: this.scaleView,
      perspectives: this.perspectiveNames,
      ratings: this.ratings,
      active: this.activePerspective,
      marking: this.marking,
      required: this.required,
      invalid: this.showRequiredError && this.marking === 'now' && this.activePerspective === 0,
      disabled: this.isDisabled,
      click: (levelId) => void this.clickRung(levelId),
      keydown: (event, level) => this.onLevelKeydown(event, level),
    });
  }

  /** The active perspective's questionnaire, for "Help me decide". */
  private questionnaire(): QuestionnaireHost {
    return {
      t: this.t,
      scale: this.scaleView,
      answers: this.answers[this.activePerspective] ?? {},
      disabled: this.isDisabled,
      headingLevel: this.headingLevel,
      answer: (area, level) => this.answer(area, level),
      accept: (level) => this.acceptSuggestion(level),
      announce: (message) => this.announce(message),
    };
  }

  private renderActions(): TemplateResult {
    const disabled = this.isDisabled;
    return html`<div part="actions" class="actions cf-no-print" role="group" aria-label=${this.t('actions.label')}>
      ${actionButton('copy', this.t('actions.copy'), () => void this.copy(), disabled, icons.copy)}
      ${actionButton('json', this.t('actions.json'), () => downloadFile(this.fileName('json'), JSON.stringify(this.toJSONRecord(), null, 2), 'application/json'), disabled, icons.download)}
      ${actionButton('image', this.t(this.drawingImage ? 'loading' : 'actions.image'), () => void this.downloadImage(), disabled, icons.image)}
      ${this.persist
        ? this.clearControls.render(this.t, { disabled, storageFailed: this.storageFailed, clear: () => this.clearAnswers() })
        : nothing}
    </div>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'cf-participation-ladder': ParticipationLadder;
  }
}
