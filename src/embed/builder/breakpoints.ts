/**
 * Where a widget changes layout, as column widths (the review of session 6):
 * pros-cons goes two-column and the ladder puts its explanation beside the
 * rungs at container queries of their own, and the height drops by hundreds
 * of px there. A reserve measured only at fixed widths holds the taller
 * height past the breakpoint. The breakpoints are read from the rendered
 * copies' styles, not written here, so they cannot drift from the CSS.
 */

/** A width condition of a named container query. */
interface Threshold {
  name: string;
  /** `min` applies from the value up, `max` up to it. */
  side: 'min' | 'max';
  value: number;
  unit: string;
}

/** A rendered copy of the widget in a column `width` px wide. */
export interface Copy {
  width: number;
  widget: Element;
}

/** `root` and the shadow roots inside it (a point's weight control has its own). */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const inner = [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? shadowRoots(element.shadowRoot) : []));
  return [root, ...inner];
}

const rootsOf = (widget: Element) => (widget.shadowRoot ? shadowRoots(widget.shadowRoot) : []);

/** Every rule in `rules`, with those nested in @media, @supports or @container. */
function allRules(rules: CSSRuleList): CSSRule[] {
  return [...rules].flatMap((rule) => ('cssRules' in rule ? [rule, ...allRules((rule as CSSGroupingRule).cssRules)] : [rule]));
}

const LENGTH = String.raw`([\d.]+)(px|em|rem)`;
/** `(min-width: 36em)`, and the range form a minifier writes for it, `(width >= 36em)` or `(36em <= width)`. */
const WIDTH_CONDITIONS: [RegExp, (match: string[]) => [string, string, string]][] = [
  [new RegExp(String.raw`\((min|max)-width:\s*${LENGTH}\)`, 'g'), ([, side, value, unit]) => [side, value, unit]],
  [new RegExp(String.raw`\(width\s*([<>])=?\s*${LENGTH}\)`, 'g'), ([, sign, value, unit]) => [sign === '>' ? 'min' : 'max', value, unit]],
  [new RegExp(String.raw`\(${LENGTH}\s*([<>])=?\s*width\)`, 'g'), ([, value, unit, sign]) => [sign === '<' ? 'min' : 'max', value, unit]],
];

/** The width conditions of the named container queries in `widget`'s styles. */
function thresholdsOf(widget: Element): Threshold[] {
  const sheets = rootsOf(widget).flatMap((root) => [...root.adoptedStyleSheets, ...root.styleSheets]);
  return sheets
    .flatMap((sheet) => allRules(sheet.cssRules))
    .flatMap((rule) => {
      const { containerName: name, conditionText } = rule as Partial<CSSContainerRule>;
      if (!name || !conditionText) return [];
      return WIDTH_CONDITIONS.flatMap(([pattern, read]) =>
        [...conditionText.matchAll(pattern)].map((match) => {
          const [side, value, unit] = read(match);
          return { name, side: side as Threshold['side'], value: Number(value), unit };
        }),
      );
    });
}

/** The first element in `widget`'s shadow tree that is the container `name` (for one per point, the first point's). */
function containerIn(widget: Element, name: string): Element | undefined {
  for (const root of rootsOf(widget)) {
    const found = [...root.querySelectorAll('*')].find((element) => getComputedStyle(element).containerName.split(' ').includes(name));
    if (found) return found;
  }
  return undefined;
}

const INSET = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width'];

/** What the query compares in one copy: the container's content width, and the condition's value in px there. */
function reading(copy: Copy, threshold: Threshold): { column: number; width: number; limit: number } | undefined {
  const container = containerIn(copy.widget, threshold.name);
  if (!container) return undefined;
  const style = getComputedStyle(container);
  // a query reads the content box: the border box less its padding and borders
  const inset = INSET.reduce((sum, edge) => sum + (parseFloat(style.getPropertyValue(edge)) || 0), 0);
  const width = container.getBoundingClientRect().width - inset;
  const root = container.ownerDocument.documentElement;
  const base = threshold.unit === 'em' ? parseFloat(style.fontSize) : threshold.unit === 'rem' ? parseFloat(getComputedStyle(root).fontSize) : 1;
  return { column: copy.width, width, limit: threshold.value * base };
}

/**
 * The column width where `threshold` flips, between each two neighbouring
 * copies that lie either side of it: by proportion, as a container is the
 * column less its padding, or a share of it.
 */
function crossings(copies: Copy[], threshold: Threshold): number[] {
  const readings = copies.map((copy) => reading(copy, threshold));
  const applies = (at: { width: number; limit: number }) => (threshold.side === 'min' ? at.width >= at.limit : at.width <= at.limit);
  return readings.slice(1).flatMap((after, index) => {
    const before = readings[index];
    if (!before || !after || applies(before) === applies(after) || after.width === before.width) return [];
    const column = before.column + ((after.limit - before.width) * (after.column - before.column)) / (after.width - before.width);
    // the first whole width on the far side: `min` applies at the limit itself, `max` stops just past it
    const first = threshold.side === 'min' ? Math.ceil(column) : Math.floor(column) + 1;
    return first > before.column && first <= after.column ? [first] : [];
  });
}

/**
 * The column widths to measure at next: each breakpoint, and the width just
 * below it (where a container that is a share of the column may have
 * crossed a breakpoint of its own, between two copies that both lie short
 * of it). `copies` narrowest first.
 */
export function breakpointWidths(copies: Copy[]): { steps: number[]; probes: number[] } {
  const thresholds = copies.length ? thresholdsOf(copies[0].widget) : [];
  const steps = [...new Set(thresholds.flatMap((threshold) => crossings(copies, threshold)))];
  return { steps, probes: steps.map((width) => width - 1) };
}
