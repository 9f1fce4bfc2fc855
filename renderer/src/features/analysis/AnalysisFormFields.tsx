import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import {
  QUESTIONS,
  QUESTION_NAMES,
  type Measure,
  type Question,
} from '../../../../graph-schema/analysis/measures';
import { withQuestion, type AnalysisForm } from './form-state';
import { LinkFilterFields } from './LinkFilterFields';

interface Props {
  form: AnalysisForm;
  onChange(form: AnalysisForm): void;
  disabled: boolean;
}

/** The question, its measure and which links count. */
export function AnalysisFormFields({ form, onChange, disabled }: Props) {
  const { t } = useTranslation('analysis');
  const set = (patch: Partial<AnalysisForm>) => onChange({ ...form, ...patch });
  const measures: readonly Measure[] = QUESTIONS[form.question];

  return (
    <>
      <div className="analysis-form">
        <label htmlFor="analysis-question">{t('question')}</label>
        <HTMLSelect
          id="analysis-question"
          fill
          value={form.question}
          disabled={disabled}
          onChange={(e) => onChange(withQuestion(form, e.currentTarget.value as Question))}
          options={QUESTION_NAMES.map((q) => ({ value: q, label: t(`questions.${q}`) }))}
        />
        <label htmlFor="analysis-measure">{t('measure')}</label>
        <HTMLSelect
          id="analysis-measure"
          fill
          value={form.measure}
          disabled={disabled || measures.length < 2}
          onChange={(e) => set({ measure: e.currentTarget.value as Measure })}
          options={measures.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
        />
      </div>
      <p className="analysis-explain">{t(`explain.${form.measure}`)}</p>
      <details className="analysis-options">
        <summary>{t('options.title')}</summary>
        <LinkFilterFields idPrefix="analysis" filters={form} onChange={set} disabled={disabled} />
      </details>
    </>
  );
}
