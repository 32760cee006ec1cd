import { useId, type ReactNode } from 'react';
import { isLight, swatchFor } from '../../colour-swatches';
import { findVariant, optionsOf, stateOf, usesOptionPickers, type OptionState, type OptionVariant } from '../../variant-options';

export interface VariantPickerProps<V extends OptionVariant> {
  variants: readonly V[];
  chosen: V;
  onChoose: (variant: V) => void;
  /** Shown beside the size picker's legend (the size guide's button). */
  sizeGuide?: ReactNode;
}

/**
 * One picker per option (decision 0021): sizes as a segmented radio group, colours as swatches. Each
 * choice is checked against the other option's: a combination no variant has is disabled, a sold-out
 * one is struck through; both say so in words for screen readers. Variants without options are
 * listed by name.
 */
export function VariantPicker<V extends OptionVariant>({ variants, chosen, onChoose, sizeGuide }: VariantPickerProps<V>) {
  if (variants.length < 2 && !chosen.size && !chosen.colour) return null;
  if (!usesOptionPickers(variants)) return <NamePicker variants={variants} chosen={chosen} onChoose={onChoose} />;
  const { sizes, colours } = optionsOf(variants);
  const colour = chosen.colour ?? null;
  const size = chosen.size ?? null;
  return (
    <div className="variant-pickers">
      {colours.length > 0 && (
        <OptionGroup
          legend="Colour"
          chosenLabel={colour}
          kind="colour"
          values={colours.map((value) => ({ value, state: stateOf(findVariant(variants, size, value)) }))}
          chosen={colour}
          otherChoice={size}
          onPick={(value) => onChoose(findVariant(variants, size, value)!)}
        />
      )}
      {sizes.length > 0 && (
        <OptionGroup
          legend="Size"
          chosenLabel={size}
          kind="size"
          values={sizes.map((value) => ({ value, state: stateOf(findVariant(variants, value, colour)) }))}
          chosen={size}
          otherChoice={colour}
          onPick={(value) => onChoose(findVariant(variants, value, colour)!)}
          extra={sizeGuide}
        />
      )}
    </div>
  );
}

interface OptionGroupProps {
  legend: string;
  chosenLabel: string | null;
  kind: 'size' | 'colour';
  values: { value: string; state: OptionState }[];
  chosen: string | null;
  /** The other option's choice, for the words that explain an unavailable value ("not made in Sand"). */
  otherChoice: string | null;
  onPick: (value: string) => void;
  extra?: ReactNode;
}

function OptionGroup({ legend, chosenLabel, kind, values, chosen, otherChoice, onPick, extra }: OptionGroupProps) {
  const name = useId();
  return (
    <fieldset className={`option-group option-group-${kind}`}>
      <legend>
        {legend}
        {chosenLabel && <span className="option-group-chosen">: {chosenLabel}</span>}
      </legend>
      {extra && <div className="option-group-extra">{extra}</div>}
      <div className={kind === 'size' ? 'size-options' : 'colour-options'}>
        {values.map(({ value, state }) => {
          const note = state === 'sold-out' ? 'sold out' : state === 'unavailable' ? (otherChoice ? `not made in ${otherChoice}` : 'not available') : null;
          const swatch = kind === 'colour' ? swatchFor(value) : null;
          return (
            <label key={value} className={`option option-${kind} option-${state}`} title={kind === 'colour' ? `${value}${note ? ` (${note})` : ''}` : undefined}>
              <input
                type="radio"
                className="option-input"
                name={name}
                value={value}
                checked={value === chosen}
                disabled={state === 'unavailable'}
                onChange={() => onPick(value)}
              />
              {swatch ? (
                <span
                  className={`swatch${isLight(swatch.colour) ? ' swatch-light' : ''}`}
                  style={{ backgroundColor: swatch.colour }}
                  data-swatch={swatch.known ? 'known' : 'unknown'}
                  aria-hidden="true"
                />
              ) : (
                <span className="option-text" aria-hidden="true">
                  {value}
                </span>
              )}
              <span className="visually-hidden">
                {value}
                {note && ` (${note})`}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Variants told apart by name alone ("Small", "Large"): one radio each, sold-out ones saying so. */
function NamePicker<V extends OptionVariant>({ variants, chosen, onChoose }: Pick<VariantPickerProps<V>, 'variants' | 'chosen' | 'onChoose'>) {
  const name = useId();
  return (
    <fieldset className="option-group">
      <legend>Choose</legend>
      <div className="size-options">
        {variants.map((variant) => (
          <label key={variant.id} className={`option option-size option-${stateOf(variant)}`}>
            <input type="radio" className="option-input" name={name} value={variant.id} checked={variant.id === chosen.id} onChange={() => onChoose(variant)} />
            <span className="option-text" aria-hidden="true">
              {variant.name}
            </span>
            <span className="visually-hidden">
              {variant.name}
              {variant.stock <= 0 && ' (sold out)'}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
