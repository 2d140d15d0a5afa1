/**
 * The display name in an RSS-style author string. RSS 2.0 wants an e-mail
 * address with the name in parentheses ("me@example.com (Jo Bloggs)"); feeds
 * also write "Jo Bloggs (me@example.com)", "Jo Bloggs <me@example.com>" or
 * just a name. The name is kept; an address alone is kept as it is.
 */
export function authorName(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const emailThenName = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (emailThenName?.[1]) return emailThenName[1].trim();
  const nameThenEmail = /^(.+?)\s*[(<]\s*(?:mailto:)?\S+@\S+\s*[)>]$/.exec(text);
  if (nameThenEmail?.[1]) return nameThenEmail[1].trim();
  return text;
}

/** Names without empties and duplicates, in order. */
export function uniqueNames(names: Array<string | undefined>): string[] {
  return [...new Set(names.map((n) => (n ?? '').trim()).filter((n) => n.length > 0))];
}
