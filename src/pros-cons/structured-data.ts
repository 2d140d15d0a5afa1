/**
 * schema.org `Review` JSON-LD with `positiveNotes` and `negativeNotes`
 * (layer 1: pure). Each note is an `ItemList` of `ListItem`s with `position`
 * (from 1) and `name` (the point's visible text, exactly).
 *
 * Google shows pros and cons only for editorial product reviews with at least
 * two statements whose text matches the page; an appraisal of a practice is
 * not a product review, so this is valid markup that promises no rich result.
 */

export interface StructuredDataInput {
  /** The appraisal's heading: the review's `name` and what it reviews. */
  heading: string;
  /** The author's pros, as shown. */
  pros: readonly string[];
  /** The author's cons, as shown. */
  cons: readonly string[];
}

function itemList(texts: readonly string[]): object {
  return {
    '@type': 'ItemList',
    itemListElement: texts.map((name, index) => ({ '@type': 'ListItem', position: index + 1, name })),
  };
}

/** The JSON-LD object. Empty sides are left out; `name` and `itemReviewed` only with a heading. */
export function reviewJsonLd(input: StructuredDataInput): Record<string, unknown> {
  const review: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Review' };
  if (input.heading) {
    review['name'] = input.heading;
    review['itemReviewed'] = { '@type': 'Thing', name: input.heading };
  }
  if (input.pros.length > 0) review['positiveNotes'] = itemList(input.pros);
  if (input.cons.length > 0) review['negativeNotes'] = itemList(input.cons);
  return review;
}

