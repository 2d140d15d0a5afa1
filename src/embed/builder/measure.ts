/**
 * The widget's height at the widths a snippet meets (issue 12 items 4 and 5).
 * A card at 360 px is about twice as tall as at 1280 px, so one height either
 * clips the narrow frame or leaves a gap under the wide one. The builder keeps
 * one hidden copy of the widget per width, laid out as the reader's page (or
 * the frame's page) would, and writes one height step per width.
 */
import { createWidget, fontFamily, type HeightStep, type WidgetConfig } from '../index.js';

/** Column widths in CSS pixels, phone to desktop: each gets its own height. */
export const MEASURED_WIDTHS = [320, 360, 480, 600, 768, 1024, 1280] as const;

/** The frame's page adds 4 px round the widget for focus rings (frame.ts): the copy gets the same. */
const FRAME_PADDING_PX = 4;

/** Round up to a tenth: a reservation a little tall is a gap of a px, a little short is a shift. */
const tenthUp = (value: number) => Math.ceil(value * 10 - 1e-6) / 10;

/** Attributes that change nothing in the layout, only what a copy would store or fetch. */
const COPIES_LEAVE_OUT = ['persist', 'id', 'refresh'];

export type MeasureMode = { kind: 'script' } | { kind: 'iframe'; font?: string };

/**
 * Hidden copies of the widget, one per width, in `host` (inert, hidden from
 * assistive technology and from the eye, but laid out). `onResize` runs when
 * any copy changes size (it renders, a feed arrives).
 */
export class WidthMeasurer {
  private key = '';
  private readonly boxes: HTMLElement[];

  constructor(host: HTMLElement, onResize: () => void) {
    const doc = host.ownerDocument;
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    // laid out but out of sight, and adding nothing to the page's scroll height
    host.style.cssText = 'position:absolute;left:-20000px;top:0;height:0;overflow:hidden;visibility:hidden;contain:layout';
    this.boxes = MEASURED_WIDTHS.map((width) => {
      const box = doc.createElement('div');
      box.dataset.width = String(width);
      host.append(box);
      return box;
    });
    const observer = new ((doc.defaultView ?? window) as typeof globalThis).ResizeObserver(onResize);
    for (const box of this.boxes) observer.observe(box);
  }

  /** Lay the copies out for `config` as `mode` shows it; the copies are made again only when either changed. */
  update(config: WidgetConfig, mode: MeasureMode): void {
    // copies must not read or write a reader's stored answers, nor fetch the feed again every few minutes
    const attributes = Object.fromEntries(Object.entries(config.attributes).filter(([name]) => !COPIES_LEAVE_OUT.includes(name)));
    const copy: WidgetConfig = { ...config, attributes };
    const key = JSON.stringify([copy, mode]);
    if (key === this.key) return;
    this.key = key;
    const frame = mode.kind === 'iframe';
    for (const box of this.boxes) {
      // in a frame: the frame page's font at the reader's default size, and its padding
      box.style.cssText = frame
        ? `width:${box.dataset.width}px;box-sizing:border-box;display:flow-root;padding:${FRAME_PADDING_PX}px;font:medium/1.5 ${fontFamily(mode.font)}`
        : `width:${box.dataset.width}px;display:flow-root`;
      const widget = createWidget(copy, box.ownerDocument);
      // the frame's page gives the widget no margin; the builder's page may (demo.css)
      if (frame) widget.style.margin = '0';
      box.replaceChildren(widget);
    }
  }

  /**
   * The height at each width, narrowest first: in px for a frame (its page
   * has its own font size), in em of the widget's font size for the
   * reservation (which follows the reader's text size). Undefined until every copy has rendered.
   */
  steps(mode: MeasureMode): HeightStep[] | undefined {
    const steps: HeightStep[] = [];
    for (const box of this.boxes) {
      const widget = box.firstElementChild as HTMLElement | null;
      const fontSize = widget ? parseFloat(getComputedStyle(widget).fontSize) || 16 : 16;
      const height = mode.kind === 'iframe' ? box.getBoundingClientRect().height : (widget?.getBoundingClientRect().height ?? 0);
      if (!widget?.shadowRoot || height < fontSize * 2) return undefined;
      steps.push({ minWidth: Number(box.dataset.width), height: mode.kind === 'iframe' ? `${Math.ceil(height)}px` : `${tenthUp(height / fontSize)}em` });
    }
    return steps;
  }
}
