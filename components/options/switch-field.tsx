import { useId } from 'react';

interface Props {
  checked: boolean;
  label: string;
  /** What turning it on or off does, read out with the checkbox. */
  hint: string;
  onChange(checked: boolean): void;
}

/** A settings checkbox with its hint: the extension's master switch, "Mark timings for DevTools". */
export function SwitchField({ checked, label, hint, onChange }: Props) {
  const hintId = useId();
  return (
    <div className="field checkbox">
      <label>
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}
