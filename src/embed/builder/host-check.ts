/**
 * Whether pages on other sites may load the scripts this builder's own host
 * serves. A snippet that loads them from here names them with `crossorigin`
 * and `integrity`, and the loader imports ES modules: the browser fetches all
 * of these in CORS mode, so unless the host sends
 * `Access-Control-Allow-Origin: *` with them, it blocks them on the blog and
 * the widget never appears. Plain static hosts (python -m http.server,
 * Apache's defaults, many university web spaces) send no such header.
 */
import type { Check } from './details.js';
import type { Output } from './output.js';

/** Whether `response` lets a page on any site load it. */
export const sharedWithAnySite = (response: Response): boolean => response.headers.get('access-control-allow-origin')?.trim() === '*';

/**
 * Whether this host sends `file` to other sites' pages, asked once with a
 * same-origin request (whose response headers a page may read). A GET, not a
 * HEAD: Chrome reports a HEAD to some servers (scripts/serve.mjs among them)
 * as a failed request (net::ERR_ABORTED). Undefined when it cannot tell, so
 * that nothing wrong is said.
 */
export async function hostSharesFile(file: URL): Promise<boolean | undefined> {
  try {
    const response = await fetch(file, { cache: 'no-store' });
    return response.ok ? sharedWithAnySite(response) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the snippet names a script on `host` (an origin): the loader from "This site", or the resizer beside an embed.html there. */
function loadsScriptFrom(output: Output, host: string): boolean {
  if (output.kind === 'script') return output.source === 'self';
  try {
    return output.resizer && new URL(output.embedPage).origin === host;
  } catch {
    return false; // not an address: outputChecks says so
  }
}

/** What happens on a blog when this host (`host`, whose files are `shared` or not) does not share its scripts. */
export function hostChecks(output: Output, host: string, shared: boolean | undefined): Check[] {
  if (shared !== false || !loadsScriptFrom(output, host)) return [];
  const script = output.kind === 'script';
  const effect = script ? 'the widget never appears' : 'the resizer does not run, so the frame keeps its fixed height';
  const instead = script ? 'choose "Iframe" in step 3' : 'leave out the resizer';
  return [
    {
      text:
        `This site does not send the header Access-Control-Allow-Origin: * with its files, so browsers block the snippet's script on any other site and ${effect}. ` +
        `Have the server send it for the dist/ folder (on Apache, a .htaccess file there with the line Header set Access-Control-Allow-Origin "*"), ` +
        `put the files on a host that sends it (GitHub Pages and Netlify do), or ${instead}.`,
      field: script ? 'source' : 'resizer',
    },
  ];
}
