import { declaredRules, type Rule } from '@flagship/api-core';

/**
 * Runs `work` with one declared rule (`order.fulfil`) letting everyone in, visitors included, then puts
 * it back. A refusal test runs its request again under it: if the request is still refused, something
 * other than that rule refused it (a second role check, a condition copied into the service), and the
 * test fails. Each named rule is its own object (`definePolicy`), so no other rule is loosened.
 */
export async function withRuleAdmittingEveryone<T>(name: string, work: () => Promise<T>): Promise<T> {
  const named = declaredRules().find((rule) => rule.name === name);
  if (!named) throw new Error(`No declared rule is called ${name}`);
  const rule = named.rule as { -readonly [K in keyof Rule<never>]: Rule<never>[K] };
  const allows = rule.allows;
  rule.allows = () => true;
  try {
    return await work();
  } finally {
    rule.allows = allows;
  }
}
