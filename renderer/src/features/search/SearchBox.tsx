import { InputGroup, Spinner } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { SEARCH_INPUT_ID } from '../../app/shortcuts';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { EntityOptions, optionId } from '../../ui/EntityOptions';
import { useListNavigation } from '../../ui/use-list-navigation';
import { addToChart } from '../actions';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 200;
const LIST_ID = 'plexus-search-results';

export function SearchBox() {
  const { t } = useTranslation('search');
  const text = useAppStore((s) => s.searchText);
  const hits = useAppStore((s) => s.searchHits);
  const loading = useAppStore((s) => s.searchLoading);
  const error = useAppStore((s) => s.searchError);
  const schema = useSchemaIndex();
  const onChart = useAppStore((s) => s.chart.entities);
  const setText = useAppStore((s) => s.setSearchText);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const timer = window.setTimeout(() => void useAppStore.getState().runSearch(), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    void addToChart(hit.entity);
  };
  const nav = useListNavigation(hits.length, pick);
  // A failed search has no list: the box turns red and one toast says why (search-slice),
  // rather than the same words here and there, or a list that reads "nothing found".
  const showList = open && text.trim() !== '' && !error;

  return (
    <div className="search-box">
      <InputGroup
        id={SEARCH_INPUT_ID}
        size="small"
        leftIcon="search"
        placeholder={t('placeholder')}
        aria-label={t('label')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        intent={error ? 'danger' : 'none'}
        aria-activedescendant={showList && hits.length > 0 ? optionId(LIST_ID, nav.active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        rightElement={
          loading ? <Spinner size={14} className="input-spinner" aria-label={t('searching')} /> : undefined
        }
        onValueChange={(value) => {
          setText(value);
          nav.setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            event.currentTarget.blur();
            return;
          }
          if (!open) setOpen(true);
          nav.onKeyDown(event);
        }}
      />
      {showList && schema && (
        <div className="search-popup">
          {hits.length > 0 ? (
            <EntityOptions
              id={LIST_ID}
              label={t('results')}
              entities={hits.map((h) => h.entity)}
              schema={schema}
              active={nav.active}
              onChart={onChart}
              onPick={pick}
              onHover={nav.setActive}
            />
          ) : (
            <div className="search-empty" role="status">
              {loading ? t('searchingNow') : t('nothing', { text })}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
