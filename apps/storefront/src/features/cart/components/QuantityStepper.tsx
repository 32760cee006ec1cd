import { useEffect, useId, useState } from 'react';

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
  const [text, setText] = useState(String(quantity));
  useEffect(() => setText(String(quantity)), [quantity]);
  const commit = () => {
    const typed = Number(text);
    if (Number.isInteger(typed) && typed >= 1 && typed <= max) {
      if (typed !== quantity) onChange(typed);
    } else {
      setText(String(quantity));
    }
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
        Quantity of {itemLabel}
      </label>
      <input
        id={inputId}
        className="quantity-stepper-input"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value.replace(/\D/g, '').slice(0, 2))}
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
