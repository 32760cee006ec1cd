import type { ComponentProps } from 'react';

export type BadgeTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

/**
 * A short status label ("Paid", "Draft", "Sold out"). The text says the status; the tone only
 * repeats it in colour, so never rely on colour alone.
 */
export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: BadgeTone }) {
  return <span className={['ui-badge', `ui-badge-${tone}`, className].filter(Boolean).join(' ')} {...props} />;
}
