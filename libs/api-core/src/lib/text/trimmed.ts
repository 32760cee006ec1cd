import { Transform } from 'class-transformer';

/**
 * Trims the white space around a text input before it is validated (and upper-cases it when asked:
 * country and currency codes). Anything but a string passes unchanged, for the validators to refuse.
 */
export function Trimmed(options: { upperCase?: boolean } = {}): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    return options.upperCase ? value.trim().toUpperCase() : value.trim();
  });
}
