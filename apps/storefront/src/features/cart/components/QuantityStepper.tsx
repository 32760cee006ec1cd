import { useId, useState } from 'react';

/**
 * − [n] + for one cart line. The buttons are never `disabled` (a disabled button drops the focus it
 * holds, so a keyboard user pressing − down to 1 would land on the page's top): at a limit they are
 * aria-disabled and do nothing. The number can be typed too; it is sent when the field is left or
 * Enter is pressed.
 */
export function QuantityStepper({
  quantity,
  max,
  itemLabel,
  onChange,
}: {
  quantity: number;
  max: number;
  /** Names the line for screen readers: "Trail helmet, M". */
  itemLabel: string;
  onChange: (quantity: number) => void;
}) {
  const inputId = useId();
  // What is being typed; null when not typing (the field shows the cart's quantity).
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const typed = Number(draft);
    if (draft !== null && Number.isInteger(typed) && typed >= 1 && typed <= max && typed !== quantity) onChange(typed);
    setDraft(null);
  };
  const step = (delta: number) => {
    const next = quantity + delta;
    if (next >= 1 && next <= max) onChange(next);
  };
  return (
    <div className="quantity-stepper" role="group" aria-labelledby={`${inputId}-label`}>
      <span id={`${inputId}-label`} className="visually-hidden">
        Quantity of {itemLabel}
      </span>
      <button type="button" className="quantity-stepper-button" aria-label={`One fewer ${itemLabel}`} aria-disabled={quantity <= 1 || undefined} onClick={() => step(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        Quantity
      </label>
      <input
        id={inputId}
        className="quantity-stepper-input"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={draft ?? String(quantity)}
        onChange={(event) => setDraft(event.target.value.replace(/\D/g, '').slice(0, 2))}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      <button type="button" className="quantity-stepper-button" aria-label={`One more ${itemLabel}`} aria-disabled={quantity >= max || undefined} onClick={() => step(1)}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
