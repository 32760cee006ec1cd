import { useRef, type ReactNode } from 'react';
import { Dialog as RadixDialog } from 'radix-ui';

export interface DialogProps {
  /** Controlled open state; leave both out and pass `trigger` for a self-managed dialog. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (a Button); it gets focus back when the dialog closes. */
  trigger?: ReactNode;
  title: ReactNode;
  /** One line under the title, read out when the dialog opens. */
  description?: ReactNode;
  children?: ReactNode;
  /** Actions at the bottom (Buttons); wrap a closing one in `<DialogClose asChild>`. */
  footer?: ReactNode;
  /** Wider content (a form with two columns). */
  size?: 'md' | 'lg';
}

/**
 * A modal dialog (Radix Dialog): focus moves in and stays inside, Escape and the overlay close it,
 * focus returns to the trigger, the page behind is inert to screen readers. Titled always.
 */
export function Dialog({ open, onOpenChange, trigger, title, description, children, footer, size = 'md' }: DialogProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  // Radix returns focus to the trigger; when the page re-rendered that part meanwhile (data arriving
  // below it), focus can end on the body. Then it goes to the trigger as it is now.
  const keepFocus = () =>
    requestAnimationFrame(() => {
      const element = triggerRef.current;
      if (element?.isConnected && (document.activeElement === document.body || document.activeElement === null)) element.focus();
    });
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && (
        <RadixDialog.Trigger asChild ref={triggerRef}>
          {trigger}
        </RadixDialog.Trigger>
      )}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ui-overlay" />
        <RadixDialog.Content
          className={`ui-dialog ui-dialog-${size}`}
          onCloseAutoFocus={keepFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="ui-dialog-title">{title}</RadixDialog.Title>
          {description && <RadixDialog.Description className="ui-dialog-description">{description}</RadixDialog.Description>}
          {children}
          {footer && <div className="ui-dialog-footer">{footer}</div>}
          <RadixDialog.Close className="ui-dialog-close" aria-label="Close">
            <CloseIcon />
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Closes the surrounding Dialog or Drawer when its child is clicked (`<DialogClose asChild><Button>…`). */
export const DialogClose = RadixDialog.Close;

export function CloseIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
