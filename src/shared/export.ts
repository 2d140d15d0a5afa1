/**
 * Getting a reader's answers out of the widget (for a CPD portfolio): copy to
 * the clipboard and download as a file. Nothing is sent anywhere.
 */

/** Copy `text`; falls back to a hidden textarea where the async API is missing or refused. */
export async function copyText(text: string, scope: Document | ShadowRoot = document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission denied or insecure context: try the old way below
  }
  return copyWithTextarea(text, scope);
}

function copyWithTextarea(text: string, scope: Document | ShadowRoot): boolean {
  const parent = scope instanceof ShadowRoot ? scope : scope.body;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  parent.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Offer `content` as a download named `filename`. */
export function downloadFile(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug: lower case, words joined by hyphens. */
export function slugify(text: string, fallback = 'critical-friend'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
