/**
 * The widget's height at the widths a snippet meets (issue 12 items 4 and 5).
 * A card at 360 px is about twice as tall as at 1280 px, so one height either
 * clips the narrow frame or leaves a gap under the wide one. The builder keeps
 * one hidden copy of the widget per width, laid out as the reader's page (or
 * the frame's page) would, and writes one height step per width. Once those
 * have rendered it adds copies at the widget's own breakpoints (read from
 * its container queries, breakpoints.ts), where the height drops by
 * hundreds of px, so the reserve follows the widget at every column width.
 */
import { createWidget, fontFamily, type HeightStep, type WidgetConfig } from '../index.js';
import { breakpointWidths } from './breakpoints.js';

/** Column widths in CSS pixels, phone to desktop: each gets its own height (the breakpoints come on top). */
export const MEASURED_WIDTHS = [320, 360, 480, 600, 768, 1024, 1280] as const;

/** The frame's page adds 4 px round the widget for focus rings (frame.ts): the copy gets the same. */
const FRAME_PADDING_PX = 4;

/** Round up to a tenth: a reservation a little tall is a gap of a px, a little short is a shift. */
const tenthUp = (value: number) => Math.ceil(value * 10 - 1e-6) / 10;

/** Attributes that change nothing in the layout, only what a copy would store or fetch. */
const COPIES_LEAVE_OUT = ['persist', 'id', 'refresh'];

export type MeasureMode = { kind: 'script' } | { kind: 'iframe'; font?: string };

/** A bound on the copies, should a layout keep moving (each breakpoint adds two). */
const MOST_COPIES = 24;

/** Floor to a hundredth: a step a fraction of a px early stays with the layout it measured. */
const hundredthDown = (value: number) => Math.floor(value * 100 + 1e-6) / 100;

/**
 * Hidden copies of the widget, one per width, in `host` (inert, hidden from
 * assistive technology and from the eye, but laid out). `onResize` runs when
 * any copy changes size (it renders, a feed arrives).
 */
export class WidthMeasurer {
  private key = '';
  private widget = '';
  private copy?: WidgetConfig;
  private frame = false;
  /** The frame page's font, in iframe mode. */
  private font = '';
  private boxes: HTMLElement[] = [];
  private readonly observer: ResizeObserver;

  constructor(private readonly host: HTMLElement, onResize: () => void) {
    const doc = host.ownerDocument;
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    // laid out but out of sight, and adding nothing to the page's scroll height
    host.style.cssText = 'position:absolute;left:-20000px;top:0;height:0;overflow:hidden;visibility:hidden;contain:layout';
    this.observer = new ((doc.defaultView ?? window) as typeof globalThis).ResizeObserver(onResize);
    for (const width of MEASURED_WIDTHS) this.addBox(width, 'step');
  }

  /** A box `width` px wide: a `step` gives the snippet a height, a `probe` only shows where a breakpoint lies. */
  private addBox(width: number, role: 'step' | 'probe'): HTMLElement {
    const box = this.host.ownerDocument.createElement('div');
    box.dataset.width = String(width);
    box.dataset.role = role;
    this.host.append(box);
    this.observer.observe(box);
    this.boxes.push(box);
    if (this.copy) this.fill(box);
    return box;
  }

  /** The copy of the widget in `box`, as the reader's page or the frame lays it out. */
  private fill(box: HTMLElement): void {
    // in a frame: the frame page's font at the reader's default size, and its padding
    box.style.cssText = this.frame
      ? `width:${box.dataset.width}px;box-sizing:border-box;display:flow-root;padding:${FRAME_PADDING_PX}px;font:${this.font}`
      : `width:${box.dataset.width}px;display:flow-root`;
    const widget = createWidget(this.copy!, box.ownerDocument);
    // the frame's page gives the widget no margin; the builder's page may (demo.css)
    if (this.frame) widget.style.margin = '0';
    box.replaceChildren(widget);
  }

  /** Lay the copies out for `config` as `mode` shows it; the copies are made again only when either changed. */
  update(config: WidgetConfig, mode: MeasureMode): void {
    // copies must not read or write a reader's stored answers, nor fetch the feed again every few minutes
    const attributes = Object.fromEntries(Object.entries(config.attributes).filter(([name]) => !COPIES_LEAVE_OUT.includes(name)));
    const copy: WidgetConfig = { ...config, attributes };
    const key = JSON.stringify([copy, mode]);
    if (key === this.key) return;
    this.key = key;
    // another widget or output has other breakpoints; an edit of the same one
    // keeps them, so that it measures in one round
    const kind = JSON.stringify([config.widget, mode]);
    if (kind !== this.widget) this.dropBreakpoints();
    this.widget = kind;
    this.copy = copy;
    this.frame = mode.kind === 'iframe';
    this.font = mode.kind === 'iframe' ? `medium/1.5 ${fontFamily(mode.font)}` : '';
    for (const box of this.boxes) this.fill(box);
  }

  private dropBreakpoints(): void {
    const base: readonly number[] = MEASURED_WIDTHS;
    for (const box of this.boxes.filter((box) => !base.includes(Number(box.dataset.width)))) {
      this.observer.unobserve(box);
      box.remove();
    }
    this.boxes = this.boxes.filter((box) => box.isConnected);
  }

  /**
   * Copies at the breakpoints the rendered copies show and no copy measures
   * yet, and halfway between two steps whose heights differ by more than a
   * reserve may miss (a row of buttons that wraps, text that rewraps: no
   * query says where); false when there were none to add.
   */
  private addBreakpoints(measured: Measured[]): boolean {
    const byWidth = [...measured].sort((a, b) => a.width - b.width);
    const { steps, probes } = breakpointWidths(byWidth.map(({ width, box }) => ({ width, widget: box.firstElementChild! })));
    const known = new Map(measured.map(({ width, box }) => [width, box]));
    const wanted = [...steps, ...halfways(byWidth.filter(({ box }) => box.dataset.role === 'step'))].map((width) => [width, 'step'] as const);
    let added = false;
    for (const [width, role] of [...wanted, ...probes.map((width) => [width, 'probe'] as const)]) {
      const box = known.get(width);
      if (box) {
        if (role === 'step') box.dataset.role = role;
      } else if (this.boxes.length < MOST_COPIES) {
        known.set(width, this.addBox(width, role));
        added = true;
      }
    }
    return added;
  }

  /**
   * The height at each width, narrowest first: in px for a frame (its page
   * has its own font size), in em of the widget's font size for the
   * reservation (which follows the reader's text size; its widths too, as
   * the widget's breakpoints are in em). Undefined until every copy has
   * rendered, and while copies at newly found breakpoints render.
   */
  steps(mode: MeasureMode): HeightStep[] | undefined {
    const measured = this.boxes.map((box) => ({ box, width: Number(box.dataset.width), ...heightIn(box, mode) }));
    if (measured.some(({ height }) => height === undefined) || this.addBreakpoints(measured as Measured[])) return undefined;
    const steps = (measured as Measured[]).filter(({ box }) => box.dataset.role === 'step').sort((a, b) => a.width - b.width);
    return worthWriting(steps).map(({ width, height, fontSize }): HeightStep => {
      if (mode.kind === 'iframe') return { minWidth: width, height: `${Math.ceil(height)}px` };
      return { minWidth: hundredthDown(width / fontSize), widthUnit: 'em', height: `${tenthUp(height / fontSize)}em` };
    });
  }
}

/** A copy measured: its box, the column width, its height in px and its font size. */
interface Measured {
  box: HTMLElement;
  width: number;
  height: number;
  fontSize: number;
}

/** How far a step may overshoot the next before a copy halfway is worth its bytes: 5%, or two lines. */
const overshoot = ({ height, fontSize }: Measured) => Math.max(height * 0.05, fontSize * 2);

/** How much lower than the step before a step must be to be written: 3%, or a line. */
const worthAStep = ({ height, fontSize }: Measured) => Math.max(height * 0.03, fontSize);

/**
 * The steps the snippet writes, narrowest first: each is bytes in the
 * blogger's page, so one that holds within a line of the step before it
 * is left to that one (a little tall is a small gap, not a jump). A taller
 * one is always written, and the widest, which holds for every wider column.
 */
function worthWriting(steps: Measured[]): Measured[] {
  const kept: Measured[] = [];
  for (const [index, step] of steps.entries()) {
    const last = kept.at(-1);
    const drop = last ? last.height - step.height : Infinity;
    if (drop < 0 || drop > worthAStep(step) || (index === steps.length - 1 && drop > 0)) kept.push(step);
  }
  return kept;
}

/** Halfway between each two neighbouring steps (narrowest first) where the narrower holds much more than the wider needs; the worst first. */
function halfways(steps: Measured[]): number[] {
  const gaps = steps.slice(1).flatMap((wider, index) => {
    const narrower = steps[index];
    const excess = narrower.height - wider.height - overshoot(wider);
    return excess > 0 && wider.width - narrower.width >= 8 ? [{ excess, width: Math.round((narrower.width + wider.width) / 2) }] : [];
  });
  return gaps.sort((a, b) => b.excess - a.excess).map(({ width }) => width);
}

/** A copy's height (in `box` for a frame, which has the padding) and font size, or no height until it has rendered. */
function heightIn(box: HTMLElement, mode: MeasureMode): { height?: number; fontSize: number } {
  const widget = box.firstElementChild as HTMLElement | null;
  const fontSize = widget ? parseFloat(getComputedStyle(widget).fontSize) || 16 : 16;
  const height = mode.kind === 'iframe' ? box.getBoundingClientRect().height : (widget?.getBoundingClientRect().height ?? 0);
  return { height: widget?.shadowRoot && height >= fontSize * 2 ? height : undefined, fontSize };
}
