import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishConflict } from '../../../../../../graph-schema/contract';
import { ConflictTable } from '../../../../../../renderer/src/features/dialogs/ConflictTable';
import { i18n } from '../../../../../../renderer/src/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const changed: PublishConflict = {
  kind: 'entity',
  id: 'e1',
  label: 'Wang Wei',
  fields: ['label', 'notes'],
  local: { updatedAt: '2026-12-05T10:00:00Z', updatedBy: 'ann' },
  server: { updatedAt: '2026-12-05T11:00:00Z', updatedBy: 'ben' },
};
const deleted: PublishConflict = { ...changed, id: 'e2', label: 'Li Na', server: null };

/** The table as the analyst reads it: its text, tags stripped. */
function text(target: 'server' | 'caseFile'): string {
  const html = renderToStaticMarkup(
    <ConflictTable conflicts={[changed, deleted]} choices={{}} onChoose={() => {}} target={target} />,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('publish conflicts', () => {
  it('name the server when the case file is published to a team server', () => {
    const shown = text('server');
    expect(shown).toContain('In the case file');
    expect(shown).toContain('On the server');
    expect(shown).toContain('deleted on the server');
    expect(shown).toContain('Keep server');
  });

  it('name the open case, never a server, when published into another case file', () => {
    const shown = text('caseFile');
    expect(shown).toContain('In the published file');
    expect(shown).toContain('In the open case');
    expect(shown).toContain('deleted in the open case');
    expect(shown).toContain('Keep open case');
    expect(shown).not.toMatch(/server/i);
  });

  it('read in Japanese with no English but the names and who edited', async () => {
    await i18n.changeLanguage('ja');
    const shown = text('caseFile');
    expect(shown).toContain('開いている事件側で削除済み');
    expect(shown).toContain('label、notes');
    expect(shown).toContain('2026/12/05');
    // Blueprint's own hidden title of the select's arrow icon is the library's, not the table's.
    const english = shown.replace(/Wang Wei|Li Na|ann|ben|label|notes|Open dropdown/g, '');
    expect(english).not.toMatch(/[A-Za-z]{2,}/);
  });
});
