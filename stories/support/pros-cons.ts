/**
 * Demo points and small helpers for the <cf-pros-cons> stories: the model
 * appraisal (social media for a social worker's continuing professional
 * development: seven benefits, six pitfalls, in the project's own words),
 * generated long lists, and finding the element and its shadow parts in a
 * play function. Child `<script type="application/json">` nodes come from
 * `jsonScript()` (re-exported from ./ladder.js).
 */
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';

export { jsonScript } from './ladder.js';

/** A point as the stories write it: the text and, when the author gives one, a weight. */
export interface DemoPoint {
  text: string;
  weight?: number;
}

export const DEMO_HEADING = 'Social media for continuing professional development';
export const DEMO_PROS_LABEL = 'Benefits';
export const DEMO_CONS_LABEL = 'Pitfalls';

/** The seven benefits. */
export const DEMO_PROS: readonly DemoPoint[] = [
  { text: 'Good practice and new ideas from anywhere in the world, ready to borrow.' },
  { text: 'People on post-qualifying courses can talk through what they are learning.' },
  { text: 'An easy way to pass round papers, policy and briefings.' },
  { text: 'Quick questions get quick answers, though not always the right ones.' },
  { text: 'A fast way to reach practitioners for a research project.' },
  { text: 'Communities of interest link you with others in your specialism.' },
  { text: 'Debating online sharpens critical thinking.' },
];

/** The six pitfalls. */
export const DEMO_CONS: readonly DemoPoint[] = [
  { text: 'Few social workers take part, so the voices you hear may not be typical.' },
  { text: 'Nothing is peer reviewed: you have to judge everything you read.' },
  { text: 'Many employers are wary of it, and posting under your own name can feel risky.' },
  { text: 'Some posts polish an online image more than they help anyone learn.' },
  { text: 'It eats into working time and pulls you away from core tasks.' },
  { text: 'What you learn online can be hard to put into practice in a managerial workplace.' },
];

/**
 * Weights for the Weighted story, in the order of DEMO_PROS and DEMO_CONS:
 * pros 2+1+1+2+0+1+2 = 9, cons 3+3+2+1+3+2 = 14, so the balance is
 * (9 - 14) / 23 = -0.22: "Leans to pitfalls", just. The tipping point: if the
 * first benefit mattered a little more (crucial rather than important), the
 * balance would be (10 - 14) / 24 = -0.17, balanced.
 */
export const WEIGHTED_PROS: readonly number[] = [2, 1, 1, 2, 0, 1, 2];
export const WEIGHTED_CONS: readonly number[] = [3, 3, 2, 1, 3, 2];

/** The same appraisal in French, for the OtherLanguage story. */
export const DEMO_FR = {
  heading: 'Les réseaux sociaux pour la formation continue',
  pros: [
    'Des bonnes pratiques et des idées nouvelles venues du monde entier, prêtes à être reprises.',
    'Les personnes en formation continue peuvent discuter de ce qu’elles apprennent.',
    'Un moyen simple de faire circuler articles, textes officiels et notes de synthèse.',
    'Une question rapide obtient une réponse rapide, pas toujours la bonne.',
    'Un moyen rapide de joindre des praticiens pour un projet de recherche.',
    'Des communautés d’intérêt qui relient aux collègues de la même spécialité.',
    'Le débat en ligne aiguise l’esprit critique.',
  ],
  cons: [
    'Peu de travailleurs sociaux y participent\u00a0: les voix entendues ne sont pas forcément représentatives.',
    'Rien n’est relu par des pairs\u00a0: à chacun de juger ce qu’il lit.',
    'Beaucoup d’employeurs s’en méfient, et publier sous son vrai nom peut sembler risqué.',
    'Certaines publications soignent une image plus qu’elles n’aident à apprendre.',
    'Cela empiète sur le temps de travail et détourne des tâches essentielles.',
    'Ce qu’on apprend en ligne est parfois difficile à appliquer dans un service très gestionnaire.',
  ],
};

/** `count` generated points for one side, with weights cycling 0-3 so the lists are not uniform. */
export function generatedPoints(side: 'pro' | 'con', count: number): DemoPoint[] {
  const topics = ['supervision', 'caseload', 'training budget', 'team meetings', 'reflective logs', 'peer support', 'travel time', 'case recording', 'home visits', 'duty weeks'];
  return Array.from({ length: count }, (_, index) => ({
    text: `${side === 'pro' ? 'Benefit' : 'Pitfall'} ${index + 1}: ${side === 'pro' ? 'helps with' : 'gets in the way of'} ${topics[index % topics.length] ?? 'practice'}`,
    weight: (index * (side === 'pro' ? 3 : 1) + 1) % 4,
  }));
}

/** The `index`-th <cf-pros-cons> in the story, once defined and rendered. */
export async function getProsCons(canvasElement: HTMLElement, index = 0): Promise<ProsCons> {
  await customElements.whenDefined('cf-pros-cons');
  const element = canvasElement.querySelectorAll('cf-pros-cons')[index];
  if (!element) throw new Error(`The story has no <cf-pros-cons> number ${index + 1}.`);
  await element.updateComplete;
  return element;
}

/** One element in the appraisal's shadow root; throws with the selector when it is missing. */
export function inShadow<T extends Element = HTMLElement>(element: ProsCons, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in the shadow root of <cf-pros-cons>.`);
  return found;
}

/** All matches in the appraisal's shadow root. */
export function allInShadow<T extends Element = HTMLElement>(element: ProsCons, selector: string): T[] {
  return Array.from(element.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

/** The weight radio `weight` (0-3) of the `index`-th point on a side (author's points first). */
export function weightRadio(element: ProsCons, side: 'pro' | 'con', index: number, weight: number): HTMLElement {
  const points = allInShadow(element, `.side.${side} [part~="point"]`);
  const radio = points[index]?.querySelector<HTMLElement>(`[role="radio"][data-weight="${weight}"]`);
  if (!radio) throw new Error(`No weight ${weight} for ${side} point number ${index + 1}.`);
  return radio;
}
