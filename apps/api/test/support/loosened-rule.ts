import { declaredRules, type Rule } from '@flagship/api-core';

type MutableRule = { -readonly [K in keyof Rule<never>]: Rule<never>[K] };

/**
 * Runs `work` with one declared rule (`product.manage`) deciding as `replacement` says, then puts it
 * back. Each named rule is its own object (`definePolicy`) and the guard and the services hold that
 * object, so this changes that one rule everywhere it is checked, and no other.
 */
export async function withRuleReplaced<T>(name: string, replacement: Pick<Rule<never>, 'allows' | 'needsResource'>, work: () => Promise<T>): Promise<T> {
  const named = declaredRules().find((rule) => rule.name === name);
  if (!named) throw new Error(`No declared rule is called ${name}`);
  const rule = named.rule as MutableRule;
  const { allows, needsResource } = rule;
  Object.assign(rule, replacement);
  try {
    return await work();
  } finally {
    Object.assign(rule, { allows, needsResource });
  }
}

/**
 * Runs `work` with one declared rule letting everyone in, visitors included. A refusal test runs its
 * request again under it: if the request is still refused, something other than that rule refused it
 * (a second role check, a condition copied into the service), and the test fails.
 */
export function withRuleAdmittingEveryone<T>(name: string, work: () => Promise<T>): Promise<T> {
  const named = declaredRules().find((rule) => rule.name === name);
  return withRuleReplaced(name, { allows: () => true, needsResource: named?.rule.needsResource ?? false }, work);
}
