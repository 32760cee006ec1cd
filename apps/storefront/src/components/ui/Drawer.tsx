import type { ReactNode } from 'react';
import { Dialog as RadixDialog } from 'radix-ui';
import { CloseIcon } from './Dialog';

export interface DrawerProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the drawer (a header button); focus returns to it on close. */
  trigger?: ReactNode;
  title: ReactNode;
  /** Hide the title visually (it still names the drawer for screen readers). */
  hideTitle?: boolean;
  description?: ReactNode;
  /** Which edge it slides from: 'right' for a cart, 'left' for navigation. */
  side?: 'left' | 'right';
  children?: ReactNode;
  /** Pinned to the bottom (a checkout button under a scrolling cart). */
  footer?: ReactNode;
  /**
   * Where focus goes on closing: by default back to the trigger. Call `event.preventDefault()` to put
   * it elsewhere (back on the "Add to cart" that opened the cart), or to leave it to the next page.
   */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * A side sheet: a modal dialog (Radix Dialog, so focus is trapped, Escape closes, focus returns)
 * that slides in from one edge and takes the full height; at most 24rem wide, the full width of a
 * small phone. The body scrolls on its own, header and footer stay.
 */
export function Drawer({ open, onOpenChange, trigger, title, hideTitle = false, description, side = 'right', children, footer, onCloseAutoFocus }: DrawerProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ui-overlay" />
        <RadixDialog.Content
          className={`ui-drawer ui-drawer-${side}`}
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="ui-drawer-header">
            <RadixDialog.Title className={hideTitle ? 'visually-hidden' : 'ui-drawer-title'}>{title}</RadixDialog.Title>
            <RadixDialog.Close className="ui-dialog-close ui-drawer-close" aria-label="Close">
              <CloseIcon />
            </RadixDialog.Close>
          </div>
          {description && <RadixDialog.Description className="ui-dialog-description ui-drawer-description">{description}</RadixDialog.Description>}
          <div className="ui-drawer-body">{children}</div>
          {footer && <div className="ui-drawer-footer">{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
