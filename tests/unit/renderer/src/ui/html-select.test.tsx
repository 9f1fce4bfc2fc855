import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../../renderer/src/i18n';
import { HTMLSelect } from '../../../../../renderer/src/ui/HTMLSelect';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const caretTitle = () =>
  renderToStaticMarkup(<HTMLSelect aria-label="x" options={['a', 'b']} />).match(
    /<title>([^<]*)<\/title>/,
  )?.[1];

describe('HTMLSelect', () => {
  it("says Blueprint's 'Open dropdown' in the UI's language", async () => {
    expect(caretTitle()).toBe('Open the list');
    await i18n.changeLanguage('ja');
    expect(caretTitle()).toBe('一覧を開く');
  });
});
