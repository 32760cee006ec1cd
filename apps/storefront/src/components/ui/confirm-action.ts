/**
 * What a ConfirmDialog is doing: waiting for the viewer, running the confirmed action, or showing
 * why the action failed (the dialog stays open so the viewer can retry or cancel).
 */
export type ConfirmState = { status: 'idle' } | { status: 'pending' } | { status: 'error'; message: string };

export const IDLE: ConfirmState = { status: 'idle' };

/** The message to show for a failed action: the API's own message, or a general one. */
export function confirmErrorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message;
  return 'That did not work. Try again.';
}

/**
 * Runs a confirmed action once: reports `pending`, then `idle` with `true` when it succeeded (the
 * dialog closes) or `error` with the reason and `false` when it threw or rejected (the dialog stays).
 * Kept apart from the component so the rules are tested without a DOM.
 */
export async function runConfirmedAction(action: () => unknown, report: (state: ConfirmState) => void): Promise<boolean> {
  report({ status: 'pending' });
  try {
    await action();
  } catch (error) {
    report({ status: 'error', message: confirmErrorMessage(error) });
    return false;
  }
  report(IDLE);
  return true;
}
