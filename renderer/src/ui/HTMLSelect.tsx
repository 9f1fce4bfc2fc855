import { HTMLSelect as BlueprintHTMLSelect, type HTMLSelectProps } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

/**
 * Blueprint's HTMLSelect with the words it would otherwise say in English (its caret's
 * "Open dropdown" title) in the UI's language. Every select in Plexus is this one.
 */
export function HTMLSelect({ iconProps, ...props }: HTMLSelectProps) {
  const { t } = useTranslation('common');
  return <BlueprintHTMLSelect {...props} iconProps={{ title: t('openList'), ...iconProps }} />;
}
