/**
 * The shapes `parseFeed` returns. `Feed` and `FeedItem` are the public
 * contract of SPEC section 1; fields marked "extension" are additions to it.
 */

/** The feed formats `parseFeed` reads. RSS 0.9x and 2.0 are all `rss2`. */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

/** Why `parseFeed` gave up (the `code` of the error it throws). */
/** `needs-dom`: XML or HTML content met where there is no DOM (Node, a worker). */
export type FeedErrorCode = 'not-a-feed' | 'malformed' | 'too-large' | 'needs-dom';

/** One update in a feed, normalised across formats. */
export interface FeedItem {
  /** A stable identifier: guid / Atom id / JSON id, else the URL, else the title. */
  id: string;
  /** Plain text (markup stripped, entities decoded); may be empty. */
  title: string;
  /**
   * The post's address, resolved against `xml:base` and the feed's URL.
   * Not filtered by scheme: pass it through `safeUrl` before using it.
   */
  url: string;
  /** When the item was published (else last updated); absent when unreadable. */
  date?: Date;
  /** Extension: when the item was last updated, when the feed says so. */
  updated?: Date;
  /** Author names (an e-mail address when no name is given). */
  authors: string[];
  /** Plain text excerpt: tags stripped, entities decoded, white space collapsed, clipped at a word boundary. */
  summary: string;
  /** The item's full content as HTML, unsanitised; relative URLs in it resolved. */
  contentHtml?: string;
  /** Extension: category / tag labels. */
  categories: string[];
}

/** A milestone of the study, from the `_study` extension. */
export interface StudyMilestone {
  title: string;
  /** The date as written in the feed (e.g. "2012-04" or "April 2012"). */
  date?: string;
  /** `date` read as a Date when it is an RFC 3339 / ISO 8601 / RFC 822 date. */
  parsedDate?: Date;
  status?: 'done' | 'current' | 'planned';
}

/** A follow link of the study, from the `_study` extension. */
export interface StudyLink {
  title: string;
  /** Resolved, and always `http:`, `https:` or `mailto:`. */
  url: string;
  kind?: 'blog' | 'facebook' | 'email' | 'feed' | 'web';
}

/** Study details carried by the JSON Feed extension object `_study`. */
export interface StudyDetails {
  status?: 'active' | 'completed';
  phase?: string;
  milestones: StudyMilestone[];
  links: StudyLink[];
}

/** A parsed feed. */
export interface Feed {
  format: FeedFormat;
  /** Plain text; may be empty. */
  title: string;
  /** The site's address (RSS `link`, Atom `link rel="alternate"`, JSON `home_page_url`), resolved. */
  url: string;
  /** Plain text (RSS `description`, Atom `subtitle`, JSON `description`). */
  description: string;
  items: FeedItem[];
  /** Study details (`_study` in a JSON Feed), validated. */
  study?: StudyDetails;
  /** Extension: when the feed says it was last updated. */
  updated?: Date;
  /**
   * Extension: true when the XML was not well-formed and was read by the
   * lenient fallback (unescaped `&`, HTML entities such as `&nbsp;`,
   * undeclared namespace prefixes, control characters).
   */
  lenient?: boolean;
  /**
   * Extension: the character encoding the bytes were decoded with (its
   * WHATWG name, e.g. `utf-8`, `windows-1252`, `gbk`, `utf-16le`); absent
   * when the input was already a string.
   */
  encoding?: string;
}

/** Options of `parseFeed`. */
export interface ParseFeedOptions {
  /** The feed's own URL: the base for relative URLs (below any `xml:base`). */
  url?: string;
  /** The HTTP `Content-Type`, for its `charset` (the format is detected from the content). */
  contentType?: string;
  /** Largest accepted input in bytes (strings: UTF-16 code units). Default 5 MB (5 * 1024 * 1024). */
  maxBytes?: number;
  /** Longest `summary` in characters before it is clipped with an ellipsis. Default 280. */
  summaryLength?: number;
}
