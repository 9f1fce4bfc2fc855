import { Button, DialogBody, DialogFooter, InputGroup } from '@blueprintjs/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATTERN_MAX_LIMIT, PATTERN_MAX_NODES } from '../../../../graph-schema/model/pattern';
import { useSchemaIndex } from '../../i18n/schema-words';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { PatternArrow } from './PatternArrow';
import { PatternBox } from './PatternBox';
import { PatternResults } from './PatternResults';
import { emptyArrow, emptyBox } from '../../stores/pattern-draft';
import {
  closePatternDialog,
  deleteSaved,
  runDraft,
  runSaved,
  savePatternAs,
  setDraft,
  usePattern,
} from '../../stores/pattern-store';
import './pattern.css';

/**
 * Pattern search: boxes for entities and arrows for the links between them, built left to
 * right; run, saved in the case by name and run again, the matches listed and put on the chart.
 */
export function PatternDialog() {
  const { t } = useTranslation('pattern');
  const index = useSchemaIndex();
  const { open, draft, name, saved, result, picked, running, error } = usePattern();
  const [saveName, setSaveName] = useState('');
  const [chosen, setChosen] = useState('');
  if (!open || !index) return null;
  const pick = chosen || saved[0]?.name || '';
  const lastArrow = draft.arrows.length - 1;

  return (
    <Dialog
      isOpen
      title={t('title')}
      icon="search-around"
      onClose={closePatternDialog}
      className="dense-dialog pattern-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void runDraft(index);
        }}
      >
        <DialogBody>
          <div className="pattern-saved">
            <HTMLSelect
              aria-label={t('saved')}
              value={pick}
              disabled={saved.length === 0}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {saved.length === 0 && <option value="">{t('noneSaved')}</option>}
              {saved.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </HTMLSelect>
            <Button
              size="small"
              icon="play"
              text={t('runSaved')}
              disabled={!pick || running}
              onClick={() => {
                setSaveName(pick);
                void runSaved(pick);
              }}
            />
            <Button
              size="small"
              variant="minimal"
              icon="trash"
              aria-label={t('deleteSaved')}
              title={t('deleteSaved')}
              disabled={!pick || running}
              onClick={() => {
                setChosen('');
                void deleteSaved(pick);
              }}
            />
            <span className="pattern-spacer" />
            <InputGroup
              size="small"
              aria-label={t('name')}
              placeholder={t('name')}
              value={saveName || name}
              onValueChange={setSaveName}
            />
            <Button
              size="small"
              icon="floppy-disk"
              text={t('save')}
              disabled={!(saveName || name).trim() || running}
              onClick={() => {
                const named = (saveName || name).trim();
                void savePatternAs(named, index).then((ok) => ok && setChosen(named));
              }}
            />
          </div>
          <div className="pattern-builder" aria-label={t('builder')} role="group">
            {draft.boxes.map((box, k) => (
              <Fragment key={k}>
                {k > 0 && draft.arrows[k - 1] && (
                  <PatternArrow
                    arrow={draft.arrows[k - 1] ?? emptyArrow()}
                    from={k}
                    index={index}
                    onChange={(arrow) =>
                      setDraft({ ...draft, arrows: draft.arrows.map((a, i) => (i === k - 1 ? arrow : a)) })
                    }
                  />
                )}
                <PatternBox
                  box={box}
                  n={k + 1}
                  index={index}
                  onChange={(next) =>
                    setDraft({ ...draft, boxes: draft.boxes.map((b, i) => (i === k ? next : b)) })
                  }
                />
              </Fragment>
            ))}
            <div className="pattern-grow">
              <Button
                size="small"
                icon="plus"
                text={t('addBox')}
                title={t('addBoxTitle')}
                disabled={draft.boxes.length >= PATTERN_MAX_NODES}
                onClick={() =>
                  setDraft({
                    ...draft,
                    boxes: [...draft.boxes, emptyBox()],
                    arrows: [...draft.arrows, emptyArrow()],
                  })
                }
              />
              <Button
                size="small"
                variant="minimal"
                icon="minus"
                aria-label={t('removeBox')}
                title={t('removeBox')}
                disabled={draft.boxes.length <= 1}
                onClick={() =>
                  setDraft({
                    ...draft,
                    boxes: draft.boxes.slice(0, -1),
                    arrows: draft.arrows.slice(0, Math.max(0, lastArrow)),
                  })
                }
              />
            </div>
          </div>
          <ErrorCallout error={error} />
          {result && <PatternResults result={result} picked={picked} index={index} />}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <label className="pattern-limit">
                <span>{t('limit')}</span>
                <InputGroup
                  size="small"
                  inputMode="numeric"
                  value={String(draft.limit)}
                  onValueChange={(v) => {
                    const n = Number(v);
                    if (Number.isInteger(n) && n >= 1 && n <= PATTERN_MAX_LIMIT)
                      setDraft({ ...draft, limit: n });
                  }}
                />
              </label>
              <Button size="small" text={t('close')} onClick={closePatternDialog} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                icon="search"
                text={t('run')}
                loading={running}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
