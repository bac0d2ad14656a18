// Small labelled inputs used by the editor panels. A number field commits on change only when
// the text is a finite number; otherwise the field is marked invalid and nothing is sent.
import { useEffect, useState } from 'react';

export function NumberField({ label, value, onChange, step = 0.1, name }: { label: string; value: number | null; onChange(v: number): void; step?: number; name?: string }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const valid = text.trim() !== '' && Number.isFinite(Number(text));
  return (
    <label className={`field${valid ? '' : ' invalid'}`}>
      <span>{label}</span>
      <input
        type="number"
        name={name}
        step={step}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(v);
        }}
      />
    </label>
  );
}

export function TextField({ label, value, onChange, name }: { label: string; value: string; onChange(v: string): void; name?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="text" name={name} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, name }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(v: T): void; name?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
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
