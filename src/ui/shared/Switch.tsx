import { useId } from 'preact/hooks';

/** Props of a labelled on/off switch. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A line under the label that says what the switch does or which rule applies. */
  hint?: string;
  disabled?: boolean;
  /** Extra class on the wrapper (layout only). */
  class?: string;
}

/** A native checkbox with the switch role: keyboard and screen readers work as for any checkbox. */
export function Switch({ label, checked, onChange, hint, disabled, class: extra }: SwitchProps) {
  const hintId = useId();
  return (
    <div class={`switch${extra ? ` ${extra}` : ''}`}>
      <label class="switch-label">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={hintId} class="switch-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
