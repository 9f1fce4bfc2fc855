import { useEffect, useRef } from 'react';
import { startDownloads, type DownloadLink } from '../../bridge/downloads';
import { useTranslation } from 'react-i18next';

/**
 * The files of a browser-mode export: their downloads start at once, and each stays a link
 * to fetch again (a browser may hold back the second file of a CSV pair until allowed).
 */
export function DownloadList({ links }: { links: readonly DownloadLink[] }) {
  const { t } = useTranslation('files');
  // Each file downloads once by itself, however often the dialog renders.
  const started = useRef(new Set<string>());
  useEffect(() => {
    const fresh = links.filter((link) => !started.current.has(link.href));
    for (const link of fresh) started.current.add(link.href);
    if (fresh.length > 0) void startDownloads(fresh);
  }, [links]);
  return (
    <ul className="written-files" aria-label={t('downloaded')}>
      {links.map((link) => (
        <li key={link.href} className="path-line">
          <a href={link.href} download={link.name}>
            {link.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
