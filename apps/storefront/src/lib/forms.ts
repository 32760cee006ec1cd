import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '@/lib/graphql-client';
import { moneyInputText, parseMoney } from '@/lib/money';

/**
 * Forms are react-hook-form with a zod schema (zodResolver): the schema turns what was typed into
 * the API's input (an amount into minor units, a count into a number) and says what is wrong beside
 * the field; the API's own refusals land beside their field too (`extensions.field`, see
 * showApiError). Name a form's fields as the API's input does (`priceMinor`, `address.postcode`) and
 * no mapping is needed between the two.
 */

/** Text that must not be empty (trimmed). */
export const requiredText = (message: string) => z.string().trim().min(1, message);

/** How an amount of `currency` is typed: 4990 → "49.90" in EUR, "4990" in JPY. For messages. */
export const amountExample = (amountMinor: number, currency: string) => moneyInputText({ amountMinor, currency });

/** A typed amount of `currency` → integer minor units (see parseMoney), or `message` beside the field. */
export function moneyText(currency: string, message: string) {
  return z.string().transform(toMinorUnits(currency, message));
}

/** Like moneyText, but an empty field is null ("no amount"). */
export function optionalMoneyText(currency: string, message: string) {
  const toMinor = toMinorUnits(currency, message);
  return z.string().transform((text, context) => (text.trim() ? toMinor(text, context) : null));
}

function toMinorUnits(currency: string, message: string) {
  return (text: string, context: z.RefinementCtx): number => {
    const minor = parseMoney(text, currency);
    if (minor !== null) return minor;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
}

/** A typed whole number (e.g. "-2") → number, within the bounds given, or `message`. */
export function integerText(message: string, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}) {
  return z
    .string()
    .trim()
    .regex(/^[-+]?\d{1,15}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

/** The message to show beside field `name` (client validation or the API's), if any. */
export function fieldError<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, name: Path<T>): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

/** The message about the whole form (not one field), if any: shown with <FormError>. */
export function formError<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>): string | undefined {
  return form.formState.errors.root?.api?.message;
}

/**
 * Puts a failed request's error where the user looks: beside its field when the API named one the
 * form has (and focuses it), otherwise above the submit button.
 */
function showApiError<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, error: unknown): void {
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  const field = error instanceof ApiError ? error.field : undefined;
  if (field && form.getValues(field as Path<T>) !== undefined) {
    form.setError(field as Path<T>, { type: 'api', message }, { shouldFocus: true });
  } else {
    form.setError('root.api', { type: 'api', message });
  }
}

/**
 * The form's submit handler: validates with the schema, sends the parsed values with `send` (a
 * mutation's mutateAsync), and shows a refusal with showApiError. `formState.isSubmitSuccessful`
 * then says whether it was saved.
 */
export function submitTo<TInput extends FieldValues, TOutput>(form: UseFormReturn<TInput, unknown, TOutput>, send: (values: TOutput) => Promise<unknown>) {
  return form.handleSubmit(async (values) => {
    try {
      await send(values);
    } catch (error) {
      showApiError(form as UseFormReturn<TInput, unknown, unknown>, error);
    }
  });
}
