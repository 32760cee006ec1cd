import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';
import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/**
 * zxcvbn's scores run 0 (too guessable) to 4 (very unguessable); 3 is "safely unguessable: moderate
 * protection from an offline slow-hash attack" (about 10^8 guesses and more).
 */
export const MIN_PASSWORD_SCORE = 3;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let estimator: ZxcvbnFactory | undefined;

/**
 * The estimator, built on first use: loading its dictionaries (common passwords, English words and
 * names, keyboard patterns) takes most of a second, which sign-ups pay once rather than every start.
 * Only the first 64 characters are matched and at most 5 look-alike substitutions ("p4ssw0rd") tried,
 * which keeps one check in the tens of milliseconds even for long, symbol-heavy input.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnEnglish.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    maxLength: 64,
    l33tMaxSubstitutions: 5,
  });
  return estimator;
}

/**
 * Why `password` is too easy to guess, in zxcvbn's own words ("Repeated characters like "aaa" are
 * easy to guess. Avoid repeated words and characters."), or null when it is strong enough. `personal`
 * are the person's own details (email, name): a password made of them counts as weak.
 */
export function passwordWeakness(password: string, personal: string[] = []): string | null {
  const words = personal.flatMap((text) => [text, ...text.split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length >= 3);
  const { score, feedback } = zxcvbn().check(password, words);
  if (score >= MIN_PASSWORD_SCORE) return null;
  return [feedback.warning || 'This password would be easy to guess.', ...(feedback.suggestions.length ? feedback.suggestions : ['Add another word or two.'])].join(' ');
}

/**
 * class-validator constraint for a new password: `@Validate(HardToGuessPassword, ['email', 'displayName'])`
 * names the input's fields that hold personal details. Passwords outside the length rules are left to
 * those rules (and their messages).
 */
@ValidatorConstraint({ name: 'hardToGuessPassword' })
export class HardToGuessPassword implements ValidatorConstraintInterface {
  /**
   * validate and then defaultMessage judge the same input: the verdict is kept between the two, per
   * input object. class-validator shares one instance of this class between all requests, so nothing
   * may be kept per password: the same password is weak for the person whose name or email it holds.
   */
  private readonly verdicts = new WeakMap<object, { password: string; weakness: string | null }>();

  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string' || value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) return true;
    return this.weakness(value, args) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return this.weakness(String(args.value), args) ?? 'Choose a password that is harder to guess.';
  }

  private weakness(password: string, args: ValidationArguments): string | null {
    const input = args.object as Record<string, unknown>;
    const kept = this.verdicts.get(input);
    if (kept?.password === password) return kept.weakness;
    const personal = (args.constraints as string[]).map((field) => input[field]).filter((value): value is string => typeof value === 'string');
    const weakness = passwordWeakness(password, personal);
    this.verdicts.set(input, { password, weakness });
    return weakness;
  }
}
