import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { AlertDialog } from 'radix-ui';
import { buttonClassName } from './Button';
import { IDLE, runConfirmedAction, type ConfirmState } from './confirm-action';

export interface ConfirmDialogProps {
  /** Controlled open state; or leave it out and pass `trigger`. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (a Button); it gets focus back afterwards. */
  trigger?: ReactNode;
  /** A question naming the thing: "Refund €49.90 to Ana?" */
  title: ReactNode;
  /** What happens, and whether it can be undone. */
  description: ReactNode;
  /** The verb on the confirming button: "Refund", "Archive", not "OK". */
  confirmLabel: string;
  /** Shown on the confirming button while the action runs ("Refunding…"). */
  pendingLabel?: string;
  cancelLabel?: string;
  /** 'danger' colours the confirming button for destructive or money actions. */
  tone?: 'default' | 'danger';
  /**
   * The action. When it returns a promise the dialog shows it pending (buttons disabled, Escape
   * ignored), closes when it resolves, and shows its error inside the dialog when it rejects.
   */
  onConfirm: () => unknown;
  /** More content between the description and the buttons (an amount, a reason field). */
  children?: ReactNode;
}

/**
 * Asks before a destructive or money action (Radix AlertDialog: focus starts on Cancel, Escape or
 * Cancel leaves without acting; clicking outside does not close it). See confirm-action.ts for the
 * pending and error rules.
 */
export function ConfirmDialog({
  open: openProp,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel,
  pendingLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [state, setState] = useState<ConfirmState>(IDLE);
  const running = useRef(false);
  const open = openProp ?? ownOpen;
  const pending = state.status === 'pending';

  function setOpen(next: boolean) {
    if (!next && running.current) return; // never close under a running action
    if (next) setState(IDLE);
    if (openProp === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  }

  async function confirm(event: MouseEvent) {
    // Radix closes on Action by default; this dialog closes only once the action succeeded.
    event.preventDefault();
    if (running.current) return;
    running.current = true;
    const succeeded = await runConfirmedAction(onConfirm, setState);
    running.current = false;
    if (succeeded) setOpen(false);
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="ui-overlay" />
        <AlertDialog.Content className="ui-dialog ui-dialog-md" onEscapeKeyDown={(event) => pending && event.preventDefault()}>
          <AlertDialog.Title className="ui-dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="ui-dialog-description">{description}</AlertDialog.Description>
          {children}
          {state.status === 'error' && (
            <p className="form-error" role="alert">
              {state.message}
            </p>
          )}
          <div className="ui-dialog-footer">
            <AlertDialog.Cancel className={buttonClassName({ variant: 'secondary' })} disabled={pending}>
              {cancelLabel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={buttonClassName({ variant: tone === 'danger' ? 'danger' : 'primary' })}
              onClick={confirm}
              disabled={pending}
              aria-busy={pending || undefined}
            >
              {pending && pendingLabel ? pendingLabel : confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
