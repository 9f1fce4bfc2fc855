import { DOWNLOAD_ROUTE, parseDownloadRef } from '../../../graph-schema/contract/files';

export interface DownloadLink {
  name: string;
  href: string;
}

/**
 * An exported file answered as `download:<token>/<name>`: a link the browser fetches itself.
 * The token is the permission (a link cannot carry the token header), so the browser's own
 * download manager streams the file to disk; nothing is held in the page's memory.
 */
export function downloadLink(ref: string): DownloadLink | null {
  const parsed = parseDownloadRef(ref);
  return parsed ? { name: parsed.name, href: `${DOWNLOAD_ROUTE}/${parsed.id}` } : null;
}

/** Browsers hold back a burst of downloads from one page; a short gap between them is enough. */
const GAP_MS = 400;

/** Starts the browser's download of each file, one after another, with its own name. */
export async function startDownloads(
  links: readonly DownloadLink[],
  doc: Document = document,
): Promise<void> {
  for (const [index, link] of links.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    const anchor = doc.createElement('a');
    anchor.href = link.href;
    anchor.download = link.name;
    anchor.rel = 'noopener';
    anchor.style.display = 'none';
    doc.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
}
