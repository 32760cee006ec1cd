import type { ComponentProps } from 'react';
import { Slot } from 'radix-ui';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width of its container (a phone's checkout button). */
  block?: boolean;
  /** A square button holding only an icon; give it an aria-label. */
  icon?: boolean;
  /** Shows the action is under way: disabled, aria-busy, and `pendingLabel` in place of the label. */
  pending?: boolean;
  pendingLabel?: string;
  /** Render the styles onto the single child instead (`<Button asChild><Link to="/shop">Shop</Link></Button>`). */
  asChild?: boolean;
}

/** The class names of a button look, for links and other elements that should look like one. */
export function buttonClassName({ variant = 'primary', size = 'md', block, icon }: Pick<ButtonProps, 'variant' | 'size' | 'block' | 'icon'> = {}): string {
  return ['button', `button-${variant}`, size !== 'md' && `button-${size}`, block && 'button-block', icon && 'button-icon'].filter(Boolean).join(' ');
}

/**
 * The storefront's button: four variants (primary for the page's main action, secondary, ghost for
 * quiet actions, danger for destructive ones) in three sizes. A native <button> (type="button" unless
 * told otherwise, so it never submits a form by accident), or with `asChild` a link that looks like one.
 */
export function Button({ variant, size, block, icon, pending = false, pendingLabel, asChild = false, className, type, disabled, children, ...rest }: ButtonProps) {
  const classes = [buttonClassName({ variant, size, block, icon }), className].filter(Boolean).join(' ');
  if (asChild) {
    return (
      <Slot.Root className={classes} {...rest}>
        {children}
      </Slot.Root>
    );
  }
  return (
    <button type={type ?? 'button'} className={classes} disabled={disabled || pending} aria-busy={pending || undefined} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
