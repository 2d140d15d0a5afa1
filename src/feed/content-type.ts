/**
 * The `charset` label of a Content-Type as the server wrote it (quotes,
 * single or double, and spaces around `=` accepted), or `''` when there is
 * none. One reading for the byte decoder (decode.ts, on the XML side) and for
 * the study card's plain-JSON path, which must not load that decoder.
 */
export function charsetLabel(contentType: string | undefined): string {
  if (!contentType) return '';
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}
