import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/graphql-client';
import { runConfirmedAction, type ConfirmState } from './confirm-action';

function recorder() {
  const states: ConfirmState[] = [];
  return { states, report: (state: ConfirmState) => states.push(state) };
}

describe('ConfirmDialog action', () => {
  it('is pending while the action runs, then idle; it succeeded, so the dialog closes', async () => {
    const { states, report } = recorder();
    let finish!: () => void;
    const running = runConfirmedAction(() => new Promise<void>((resolve) => (finish = resolve)), report);
    expect(states).toEqual([{ status: 'pending' }]);
    finish();
    await expect(running).resolves.toBe(true);
    expect(states).toEqual([{ status: 'pending' }, { status: 'idle' }]);
  });

  it("shows the API's message when the action rejects, and reports failure so the dialog stays open", async () => {
    const { states, report } = recorder();
    const succeeded = await runConfirmedAction(() => Promise.reject(new ApiError('The refund is more than what was paid.', 'BAD_USER_INPUT', 'amountMinor')), report);
    expect(succeeded).toBe(false);
    expect(states.at(-1)).toEqual({ status: 'error', message: 'The refund is more than what was paid.' });
  });

  it('treats an action that throws synchronously like a rejected one', async () => {
    const { states, report } = recorder();
    const succeeded = await runConfirmedAction(() => {
      throw new Error('Not allowed');
    }, report);
    expect(succeeded).toBe(false);
    expect(states.at(-1)).toEqual({ status: 'error', message: 'Not allowed' });
  });

  it('falls back to a general message for errors without one', async () => {
    const { states, report } = recorder();
    await runConfirmedAction(() => Promise.reject('nope'), report);
    expect(states.at(-1)).toEqual({ status: 'error', message: 'That did not work. Try again.' });
  });

  it('accepts a plain function that returns nothing', async () => {
    const { states, report } = recorder();
    await expect(runConfirmedAction(() => undefined, report)).resolves.toBe(true);
    expect(states).toEqual([{ status: 'pending' }, { status: 'idle' }]);
  });
});
