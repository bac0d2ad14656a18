// Small labelled inputs used by the editor panels. A typed value is applied on Enter or when the
// field loses the focus, never per keystroke (one edit, one undo step); Esc puts the shown value
// back. Text that is not a valid value is not sent: the field says why, in place. A commit may
// also answer with a reason (an i18n key, e.g. a refused command), shown the same way.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './fields.css';

/**
 * What a commit answers: an i18n key saying why the value was not taken; anything else (nothing,
 * a command's result) means it was taken.
 */
export type CommitAnswer = unknown;

/** Shown text of a number: float dust from arithmetic (29.599999999999998) rounded off. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export interface NumberRules {
  min?: number;
  /** min itself is not allowed (a width must be > 0) */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
}

export type Problem = { key: string; values?: Record<string, unknown> };

/** The number typed, or why the text is not acceptable. Pure, so the rules are testable. */
export function parseNumber(text: string, rules: NumberRules = {}): { value: number } | { problem: Problem } {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return { problem: { key: 'editor.fieldErrors.notNumber' } };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: { key: 'editor.fieldErrors.notNumber' } };
  if (rules.integer && !Number.isInteger(value)) return { problem: { key: 'editor.fieldErrors.whole' } };
  if (rules.min !== undefined) {
    if (rules.minExclusive && value <= rules.min) return { problem: { key: 'editor.fieldErrors.above', values: { min: formatNumber(rules.min) } } };
    if (!rules.minExclusive && value < rules.min) return { problem: { key: 'editor.fieldErrors.atLeast', values: { min: formatNumber(rules.min) } } };
  }
  if (rules.max !== undefined && value > rules.max) return { problem: { key: 'editor.fieldErrors.atMost', values: { max: formatNumber(rules.max) } } };
  return { value };
}

/** A commit's answer as a problem to show (only a non-empty string is a reason). */
function answerProblem(answer: unknown): Problem | null {
  return typeof answer === 'string' && answer !== '' ? { key: answer } : null;
}

function ProblemText({ problem, id }: { problem: Problem | null; id: string }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {t(problem.key, problem.values ?? {})}
    </span>
  );
}

let nextId = 0;
const useFieldId = () => useRef(`field-${++nextId}`).current;

/**
 * Shared behaviour of a typed field: the text shown, its problem, and the keys. `shown` is the
 * text of the current value; `commit` turns the typed text into an edit (or a problem).
 */
function useTypedField(shown: string, commit: (text: string) => Problem | null) {
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<Problem | null>(null);
  // the text last sent or shown, so Enter followed by the blur it causes commits once
  const settled = useRef(shown);
  const textRef = useRef(text);
  const setTyped = (typed: string) => {
    textRef.current = typed;
    setText(typed);
  };
  useEffect(() => {
    settled.current = shown;
    textRef.current = shown;
    setText(shown);
    setProblem(null);
  }, [shown]);

  const apply = (): boolean => {
    const typed = textRef.current;
    if (typed === settled.current) {
      setProblem(null);
      return true;
    }
    const found = commit(typed);
    setProblem(found);
    if (!found) settled.current = typed;
    return !found;
  };
  const revert = () => {
    settled.current = shown;
    setTyped(shown);
    setProblem(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // a refused value keeps the focus here, so it can be corrected
      if (!apply()) e.preventDefault();
    } else if (e.key === 'Escape') {
      // put the value back; the app then hands the keyboard back (the blur finds nothing to send)
      revert();
    }
  };
  return { text, setTyped, problem, apply, onKeyDown };
}

/** The props every typed field's input shares: its text, the problem it points to, apply on leaving. */
function typedInputProps(field: ReturnType<typeof useTypedField>, errorId: string) {
  return {
    type: 'text',
    value: field.text,
    'aria-invalid': field.problem ? true : undefined,
    'aria-describedby': field.problem ? errorId : undefined,
    onChange: (e: { target: { value: string } }) => field.setTyped(e.target.value),
    onBlur: () => field.apply(),
  } as const;
}

export interface NumberInputProps extends NumberRules {
  /** null: no single value (a mixed selection): the field starts empty */
  value: number | null;
  onChange(value: number): CommitAnswer;
  name?: string;
  step?: number;
  placeholder?: string;
  /** accessible name where no visible label wraps the input */
  ariaLabel?: string;
}

/** A number input with its in-place problem text (two siblings, so a grid can lay them out). */
export function NumberInput({ value, onChange, name, step = 0.1, placeholder, ariaLabel, ...rules }: NumberInputProps) {
  const errorId = useFieldId();
  const shown = value === null ? '' : formatNumber(value);
  const field = useTypedField(shown, (text) => {
    const parsed = parseNumber(text, rules);
    if ('problem' in parsed) return parsed.problem;
    return answerProblem(onChange(parsed.value));
  });
  const stepBy = (direction: number) => {
    const parsed = parseNumber(field.text === '' ? '0' : field.text);
    if ('problem' in parsed) return;
    // the step lands on its own grid (0.1 + 0.2 shows 0.3)
    const next = Number(formatNumber(parsed.value + direction * step));
    field.setTyped(formatNumber(next));
    field.apply();
  };
  return (
    <>
      <input
        {...typedInputProps(field, errorId)}
        inputMode="decimal"
        className="num"
        name={name}
        placeholder={placeholder}
        aria-label={ariaLabel}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            stepBy(e.key === 'ArrowUp' ? 1 : -1);
            return;
          }
          field.onKeyDown(e);
        }}
      />
      <ProblemText problem={field.problem} id={errorId} />
    </>
  );
}

export interface NumberFieldProps extends NumberInputProps {
  label: string;
}

export function NumberField({ label, ...input }: NumberFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <NumberInput {...input} />
    </label>
  );
}

export interface TextInputProps {
  value: string;
  onChange(value: string): CommitAnswer;
  name?: string;
  /** an empty text is refused in place */
  required?: boolean;
  placeholder?: string;
  ariaLabel?: string;
}

export function TextInput({ value, onChange, name, required, placeholder, ariaLabel }: TextInputProps) {
  const errorId = useFieldId();
  const field = useTypedField(value, (text) => {
    if (required && text.trim() === '') return { key: 'editor.fieldErrors.empty' };
    return answerProblem(onChange(text));
  });
  return (
    <>
      <input {...typedInputProps(field, errorId)} name={name} placeholder={placeholder} aria-label={ariaLabel} onKeyDown={field.onKeyDown} />
      <ProblemText problem={field.problem} id={errorId} />
    </>
  );
}

export function TextField({ label, ...input }: TextInputProps & { label: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <TextInput {...input} />
    </label>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectInputProps<T extends string> {
  /** null: no single value (a mixed selection) */
  value: T | null;
  options: readonly SelectOption<T>[];
  onChange(value: T): CommitAnswer;
  name?: string;
  ariaLabel?: string;
  /** shown for a null value */
  mixedLabel?: string;
}

/** A list: picking an entry applies it at once (nothing to type, so nothing to confirm). */
export function SelectInput<T extends string>({ value, options, onChange, name, ariaLabel, mixedLabel = '—' }: SelectInputProps<T>) {
  const errorId = useFieldId();
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => setProblem(null), [value]);
  return (
    <>
      <select
        name={name}
        value={value ?? ''}
        aria-label={ariaLabel}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => {
          setProblem(answerProblem(onChange(e.target.value as T)));
        }}
      >
        {value === null && (
          <option value="" disabled>
            {mixedLabel}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ProblemText problem={problem} id={errorId} />
    </>
  );
}

export function SelectField<T extends string>({ label, ...input }: SelectInputProps<T> & { label: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <SelectInput {...input} />
    </label>
  );
}

export function CheckField({ label, value, onChange, name }: { label: string; value: boolean; onChange(v: boolean): void; name?: string }) {
  return (
    <label className="field check">
      <input type="checkbox" name={name} checked={value} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** One row of a compact form: a label on the left, its input(s) on the right. */
export function FieldRow({ label, children, htmlFor }: { label: ReactNode; children: ReactNode; htmlFor?: string }) {
  return (
    <div className="field-row">
      <span className="field-row-label">{htmlFor ? <label htmlFor={htmlFor}>{label}</label> : label}</span>
      <div className="field-row-value">{children}</div>
    </div>
  );
}
