/**
 * Feeds and helpers for the <cf-study-feed> stories.
 *
 * Storybook's static build serves only its own files, so the stories never
 * point `src` at a path on a server. Feed files are imported as text (Vite's
 * `?raw`) and served as `blob:` URLs, which `fetch` reads like any other
 * response (with the Blob's type as Content-Type). JSON Feed also comes
 * inline, as a child `<script type="application/json">`.
 *
 * Two failures cannot be made with a blob: a server that never answers (the
 * loading and timeout states) and an HTTP error status. For those,
 * `installFeedServer()` (called in the stories' loaders) wraps `fetch` so that
 * two made-up addresses under `feeds.example.org` answer as such a server
 * would; every other request goes to the network unchanged.
 */
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { toStoredRecord } from '../../src/study-feed/stored-copy.js';
import { storageKey, writeStored } from '../../src/shared/storage.js';
import type { StringTable } from '../../src/shared/strings.js';
import connectingPeopleRss from '../../demo/feeds/connecting-people.xml?raw';
import rss1Feed from '../../test/study-feed/feeds/rss1.rdf?raw';
import atomFeed from '../../test/study-feed/feeds/atom.xml?raw';
import emptyRss from '../../test/study-feed/feeds/empty.rss?raw';
import hostileRss from '../../test/study-feed/feeds/hostile.rss?raw';

// ---- feeds as blob: URLs ------------------------------------------------------------

/** A `blob:` URL serving `text` with the Content-Type `type`. */
export function feedUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** The demo feed of the seed's "Connecting People" study (RSS 2.0 with `content:encoded`). */
export const RSS2_URL = feedUrl(connectingPeopleRss, 'application/rss+xml');
/** The test suite's RSS 1.0 (RDF) feed. */
export const RSS1_URL = feedUrl(rss1Feed, 'application/rdf+xml');
/** The test suite's Atom 1.0 feed (`xml:base`, two authors, HTML content). */
export const ATOM_URL = feedUrl(atomFeed, 'application/atom+xml');
/** A valid RSS 2.0 feed with no items. */
export const EMPTY_URL = feedUrl(emptyRss, 'application/rss+xml');
/** The test suite's hostile RSS feed: scripts and `javascript:` links in every field. */
export const HOSTILE_URL = feedUrl(hostileRss, 'application/rss+xml');
/** A web page where a feed should be (the study's home page rather than its feed). */
export const HTML_PAGE_URL = feedUrl(
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Connecting People study</title></head><body><h1>Connecting People study</h1><p>Welcome to the study blog.</p></body></html>',
  'text/html',
);

let tooLargeUrl: string | undefined;
/** A feed of just over 6 MB (above the 5 MB limit), made the first time a story asks for it. */
export function tooLargeFeedUrl(): string {
  const padding = 'x'.repeat(6 * 1024 * 1024);
  tooLargeUrl ??= feedUrl(`<?xml version="1.0"?><rss version="2.0"><channel><title>Too large</title><description>${padding}</description></channel></rss>`, 'application/rss+xml');
  return tooLargeUrl;
}

/** A JSON Feed document as an object (serialised for a blob or a child script). */
export type JsonFeedDocument = Record<string, unknown>;

/** `hours` hours before now, as an ISO string (for feeds with recent dates). */
export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 60 * 60 * 1000).toISOString();
}

// ---- a made-up feed server for states a blob cannot give --------------------------------

/** Never answers: the request waits until it is aborted (by `timeout`, a new `src` or leaving the page). */
export const NEVER_ANSWERS_URL = 'https://feeds.example.org/never-answers.xml';
/** Answers HTTP 404 Not Found with a small HTML page. */
export const NOT_FOUND_URL = 'https://feeds.example.org/moved-away.xml';
/** Fails as a network error does (DNS cannot resolve the reserved `.invalid` domain). */
export const UNREACHABLE_URL = 'https://connecting-people.invalid/feed.xml';

type Answer = (init: RequestInit | undefined) => Promise<Response>;

const answers = new Map<string, Answer>([
  [
    NEVER_ANSWERS_URL,
    (init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, { once: true });
      }),
  ],
  [NOT_FOUND_URL, () => Promise.resolve(new Response('<!doctype html><title>Not Found</title><h1>Not Found</h1>', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } }))],
]);

let installed = false;

/** Wrap `fetch` once so that the made-up addresses above answer; anything else is fetched as usual. */
export function installFeedServer(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = answers.get(url);
    return answer ? answer(init) : networkFetch(input, init);
  };
}

// ---- persist: a saved copy, as the element would have stored it --------------------------

/**
 * Store a saved copy for `<cf-study-feed id=${id} persist>` in `localStorage`,
 * in the element's own format (`toStoredRecord`): the demo feed as fetched
 * from `source`, `savedHoursAgo` hours ago. `lastVisit` defaults to the same time.
 */
export function seedSavedCopy(id: string, source: string, savedHoursAgo: number): void {
  const fetchedAt = new Date(hoursAgo(savedHoursAgo));
  const feed = parseFeed(connectingPeopleRss, { url: source });
  writeStored(storageKey('cf-study-feed', id), toStoredRecord({ source, feed, fetchedAt, lastVisit: fetchedAt }, 10, false));
}

/** Store only the time of the reader's last visit (no copy), for "new" marks. */
export function seedLastVisit(id: string, lastVisit: Date): void {
  writeStored(storageKey('cf-study-feed', id), { version: 1, lastVisit: lastVisit.toISOString() });
}

// ---- child scripts and lookups ---------------------------------------------------------

/**
 * A `<script type="application/json">` child holding `data`; `role` marks it
 * as the study details (`data-study`) or replacement strings (`data-strings`).
 * Built with the DOM, since a Lit template cannot bind into a `<script>`.
 */
export function jsonScript(data: unknown, role?: 'data-study' | 'data-strings'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  if (role) script.setAttribute(role, '');
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  return script;
}

/** The `index`-th card in the story, once defined and rendered. */
export async function getStudyFeed(canvasElement: HTMLElement, index = 0): Promise<StudyFeed> {
  await customElements.whenDefined('cf-study-feed');
  const card = canvasElement.querySelectorAll('cf-study-feed')[index];
  if (!card) throw new Error(`The story has no <cf-study-feed> number ${index + 1}.`);
  await card.updateComplete;
  return card;
}

/** What the card shows: the `data-state` of its `base` part. */
export function viewState(card: StudyFeed): string | undefined {
  return card.shadowRoot?.querySelector('[part="base"]')?.getAttribute('data-state') ?? undefined;
}

// ---- the "Connecting People" study ---------------------------------------------------------

/** Study details for the RSS demo feed, as the demo page gives them (a `data-study` child). */
export const CONNECTING_PEOPLE_STUDY = {
  status: 'active',
  phase: 'Final phase of the ethnography',
  milestones: [
    { title: 'Study begins', date: '2010-09', status: 'done' },
    { title: 'New researcher joins the team', date: '2011-11', status: 'done' },
    { title: 'Final phase of the ethnography: visiting each partner agency in turn', date: '2011-11', status: 'current' },
    { title: 'Consultation on the intervention model', date: '2011-12', status: 'planned' },
    { title: 'Intervention manual', date: '2012-04', status: 'planned' },
    { title: 'Delphi consultation of stakeholders', date: '2012-05', status: 'planned' },
  ],
  links: [
    { title: 'Study blog', url: 'https://connecting-people.example.org/', kind: 'blog' },
    { title: 'Facebook page', url: 'https://facebook.example.org/connectingpeoplestudy', kind: 'facebook' },
    { title: 'Email the study lead', url: 'mailto:study@connecting-people.example.org', kind: 'email' },
    { title: 'RSS feed', url: 'https://connecting-people.example.org/feed.xml', kind: 'feed' },
  ],
};

/** A partner site's inline JSON Feed 1.1, with the study details in `_study` (as on the demo page). */
export const PARTNER_BRIEFING: JsonFeedDocument = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People: partner briefing',
  home_page_url: 'https://connecting-people.example.org/',
  items: [
    {
      id: 'briefing-3',
      title: 'The manual is due in April, then a Delphi consultation',
      url: 'https://connecting-people.example.org/2011/11/manual-and-delphi',
      date_published: '2011-11-10T10:00:00Z',
      authors: [{ name: 'Study lead' }, { name: 'Study team' }],
      content_text: 'The manual will be flexible rather than prescriptive, leaving room for judgement and creativity. Once it is written, many stakeholders will be asked to help refine it.',
    },
    {
      id: 'briefing-2',
      title: 'We will ask for your views on the model before Christmas',
      url: 'https://connecting-people.example.org/2011/11/consultation',
      date_published: '2011-11-09T09:00:00Z',
      authors: [{ name: 'Study team' }],
      content_text: 'Workers and the people they support will be asked what works in the intervention model, so that we can refine it before the manual is written.',
    },
    {
      id: 'briefing-1',
      title: 'Welcome to our new researcher',
      url: 'https://connecting-people.example.org/2011/11/new-researcher',
      date_published: '2011-11-07T09:00:00Z',
      author: { name: 'Study lead' },
      content_text: 'A researcher with social care and research experience has joined the team, bringing a fresh perspective for the final year.',
    },
  ],
  _study: {
    status: 'active',
    phase: 'Final phase of the ethnography',
    milestones: [
      { title: 'Ethnography in the partner agencies', date: '2011-11', status: 'current' },
      { title: 'Consultation on the intervention model', date: '2011-12', status: 'planned' },
      { title: 'Intervention manual', date: '2012-04', status: 'planned' },
      { title: 'Delphi consultation', date: '2012-05', status: 'planned' },
    ],
    links: [
      { title: 'Study blog', url: 'https://connecting-people.example.org/', kind: 'blog' },
      { title: 'Email the team', url: 'mailto:study@connecting-people.example.org', kind: 'email' },
    ],
  },
};

/** The same study with recent dates (two hours ago, yesterday, four and nine days ago), for relative dates and "new" marks. */
export function recentUpdates(): JsonFeedDocument {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Connecting People study',
    home_page_url: 'https://connecting-people.example.org/',
    items: [
      { id: 'recent-4', title: 'Thank you for your comments on the model', url: 'https://connecting-people.example.org/thanks', date_published: hoursAgo(2), authors: [{ name: 'Study team' }], content_text: 'Forty workers and people they support told us what helps them connect with others. We are reading every comment.' },
      { id: 'recent-3', title: 'Drafting the manual', url: 'https://connecting-people.example.org/drafting', date_published: hoursAgo(26), authors: [{ name: 'Study lead' }], content_text: 'The first chapters of the manual are written: what the intervention needs, and where workers use their own judgement.' },
      { id: 'recent-2', title: 'Last visits to the partner agencies', url: 'https://connecting-people.example.org/last-visits', date_published: hoursAgo(4 * 24), authors: [{ name: 'Study team' }], content_text: 'The ethnography ends this month with a final week in each partner agency.' },
      { id: 'recent-1', title: 'A new researcher joins the team', url: 'https://connecting-people.example.org/new-researcher', date_published: hoursAgo(9 * 24), authors: [{ name: 'Study team' }], content_text: 'She joins us from a local mental health charity, bringing social care and research experience.' },
    ],
    _study: PARTNER_BRIEFING['_study'],
  };
}

/** The study's feed in French (a JSON Feed), for the OtherLanguage story. */
export const FRENCH_FEED: JsonFeedDocument = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Étude « Connecting People »',
  home_page_url: 'https://connecting-people.example.org/fr/',
  language: 'fr',
  items: [
    {
      id: 'fr-3',
      title: 'Suivez l’étude sur notre nouveau blog et notre page Facebook',
      url: 'https://connecting-people.example.org/fr/2011/11/suivre-l-etude',
      date_published: '2011-11-11T17:00:00Z',
      authors: [{ name: 'L’équipe de recherche' }],
      content_text: 'Le blog de l’étude fait peau neuve\u00a0: abonnez-vous pour recevoir les nouvelles. Nous avons aussi une page Facebook\u202f; n’hésitez pas à nous écrire.',
    },
    {
      id: 'fr-2',
      title: 'Un manuel pour l’intervention, puis une consultation Delphi',
      url: 'https://connecting-people.example.org/fr/2011/11/manuel-et-delphi',
      date_published: '2011-11-10T10:00:00Z',
      authors: [{ name: 'La responsable de l’étude' }, { name: 'L’équipe de recherche' }],
      content_text: 'Le manuel sera souple plutôt que prescriptif. Prévu pour avril 2012, il sera ensuite affiné grâce à une consultation Delphi des parties prenantes.',
    },
    {
      id: 'fr-1',
      title: 'La dernière phase de l’ethnographie commence',
      url: 'https://connecting-people.example.org/fr/2011/11/derniere-phase',
      date_published: '2011-11-07T09:00:00Z',
      authors: [{ name: 'L’équipe de recherche' }],
      content_text: 'Nous retournons dans chaque structure partenaire pour observer comment les travailleurs sociaux aident les personnes à créer des liens.',
    },
    {
      id: 'fr-0',
      title: 'Une nouvelle chercheuse rejoint l’équipe',
      url: 'https://connecting-people.example.org/fr/2011/11/nouvelle-chercheuse',
      date_published: '2011-11-04T12:00:00Z',
      authors: [{ name: 'L’équipe de recherche' }],
      content_text: 'Elle arrive d’une association locale de santé mentale, avec une expérience du travail social et de la recherche.',
    },
  ],
  _study: {
    status: 'active',
    phase: 'Dernière phase de l’ethnographie',
    milestones: [
      { title: 'Début de l’étude', date: '2010-09', status: 'done' },
      { title: 'Ethnographie dans les structures partenaires', date: '2011-11', status: 'current' },
      { title: 'Manuel d’intervention', date: '2012-04', status: 'planned' },
      { title: 'Consultation Delphi', date: '2012-05', status: 'planned' },
    ],
    links: [
      { title: 'Blog de l’étude', url: 'https://connecting-people.example.org/fr/', kind: 'blog' },
      { title: 'Page Facebook', url: 'https://facebook.example.org/connectingpeoplestudy', kind: 'facebook' },
      { title: 'Écrire à l’équipe', url: 'mailto:study@connecting-people.example.org', kind: 'email' },
    ],
  },
};

/**
 * Every key of src/study-feed/strings.ts in French, placeholders kept. French
 * typography: a no-break space (\u00a0) before ":" and between a number and
 * its unit, a narrow no-break space (\u202f) before ";".
 */
export const studyFeedFrenchStrings: StringTable = {
  heading: 'Actualités de l’étude',
  'study.status': 'Statut :',
  'study.phase': 'Phase :',
  'status.active': 'En cours',
  'status.completed': 'Terminée',
  'updates.heading': 'Dernières actualités',
  'updates.empty': 'Aucune actualité pour le moment.',
  'updates.more.one': 'Affichage de la dernière actualité sur {count}.',
  'updates.more.other': 'Affichage des {shown} dernières actualités sur {count}.',
  'item.new': 'Nouveau',
  'item.untitled': 'Actualité sans titre',
  'item.by': 'par {authors}',
  'milestones.heading': 'Étapes',
  'milestone.done': 'Terminée',
  'milestone.current': 'En cours',
  'milestone.planned': 'Prévue',
  'follow.heading': 'Suivre l’étude',
  loading: 'Chargement des dernières actualités…',
  refresh: 'Actualiser',
  refreshing: 'Recherche de nouvelles actualités…',
  retry: 'Réessayer',
  source: 'Ouvrir le flux lui-même',
  checked: 'Vérifié {when}.',
  'when.dayAt': '{day} à {time}',
  'when.date': 'le {date}',
  'stale.loading': 'Voici la copie enregistrée {when}, le temps de vérifier s’il y a du nouveau.',
  'stale.error': 'Voici la copie enregistrée {when}, car les dernières actualités n’ont pas pu être chargées.',
  'error.heading': 'Les actualités n’ont pas pu être chargées.',
  'error.network': 'Le flux est injoignable. Son serveur est peut-être en panne, ou son propriétaire n’autorise pas les autres sites à le lire\u00a0: il peut l’autoriser (CORS), ou cette page peut utiliser l’attribut proxy.',
  'error.offline': 'Vous semblez être hors ligne. Les actualités se chargeront dès votre retour en ligne.',
  'error.http': 'Le serveur du flux a répondu par une erreur (HTTP {status}).',
  'error.http.404': 'Aucun flux à cette adresse (HTTP 404).',
  'error.http.410': 'Le flux a été retiré de cette adresse (HTTP 410).',
  'error.http.401': 'Le flux est privé et demande une connexion (HTTP {status}).',
  'error.http.403': 'Le flux est privé et demande une connexion (HTTP {status}).',
  'error.http.server': 'Le serveur du flux a rencontré un problème (HTTP {status}). Réessayez plus tard.',
  'error.timeout': 'Le flux a mis trop de temps à répondre (plus de {seconds}\u00a0secondes).',
  'error.not-a-feed': 'Cette adresse renvoie une page web ou un autre type de fichier, pas un flux (RSS, Atom ou JSON Feed).',
  'error.too-large': 'Le flux est trop volumineux pour être affiché (plus de {limit}).',
  'error.malformed': 'Le flux est endommagé et ne peut pas être lu.',
  'error.inline': 'Les actualités écrites dans cette page ne sont pas du JSON valide.',
  'error.no-source': 'Il n’y a pas encore de flux à afficher.',
  'announce.new.one': '{count}\u00a0nouvelle actualité\u00a0: {titles}.',
  'announce.new.other': '{count}\u00a0nouvelles actualités\u00a0: {titles}.',
  'announce.none': 'Pas de nouvelle actualité.',
  'announce.error': 'Les actualités n’ont pas pu être actualisées. {reason}',
};
