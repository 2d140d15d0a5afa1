import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Set style properties through the CSSOM (`style.setProperty`), never
 * through a `style` attribute. Lit's `styleMap` writes the attribute on its
 * first render, which a strict `style-src 'self'` policy blocks (the meter's
 * needle then stays at the start until the next change); the CSSOM is
 * always allowed. Use on an element: `<span ${cssProps({ 'inline-size': '40%' })}>`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element, as <span ${cssProps({...})}>');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
