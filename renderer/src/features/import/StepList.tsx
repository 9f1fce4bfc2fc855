import { Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { canJumpTo, stepTitle, stepsFor, type Step } from './wizard-steps';
import type { WizardState } from './wizard-state';

/** The steps down the side: done, current, to come; a passed step can be revisited. */
export function StepList({ state, onJump }: { state: WizardState; onJump(step: Step): void }) {
  const { t } = useTranslation('import');
  const steps = stepsFor(state.preview);
  const at = steps.indexOf(state.step);
  return (
    <nav className="step-list" aria-label={t('steps')}>
      <ol>
        {steps.map((step, i) => {
          const current = step === state.step;
          // A cancelled or failed import is passed but not done: the case did not change.
          const stopped = step === 'import' && i < at && state.outcome !== 'imported';
          const done = i < at && !stopped;
          const jump = canJumpTo(step, state.step, state.preview);
          const title = stepTitle(step);
          return (
            <li key={step} className={current ? 'current' : done ? 'done' : stopped ? 'stopped' : 'todo'}>
              <button
                type="button"
                className="step-button"
                aria-current={current ? 'step' : undefined}
                aria-label={t(done ? 'stepLabelDone' : stopped ? 'stepLabelStopped' : 'stepLabel', {
                  number: i + 1,
                  title,
                })}
                disabled={!jump}
                onClick={() => onJump(step)}
              >
                <span className="step-mark" aria-hidden>
                  {done ? <Icon icon="tick" size={10} /> : stopped ? <Icon icon="stop" size={8} /> : i + 1}
                </span>
                {title}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
