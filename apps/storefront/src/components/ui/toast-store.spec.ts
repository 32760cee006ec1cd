import { describe, expect, it, vi } from 'vitest';
import { createToastStore } from './toast-store';

describe('toast store', () => {
  it('adds toasts in order with their tone and description, and tells subscribers', () => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.show('success', 'Product archived');
    store.show('error', 'Could not refund', { description: 'The payment provider refused it.' });
    expect(store.getSnapshot()).toEqual([
      { id: expect.any(Number), tone: 'success', title: 'Product archived', description: undefined },
      { id: expect.any(Number), tone: 'error', title: 'Could not refund', description: 'The payment provider refused it.' },
    ]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot stable between changes (useSyncExternalStore needs it)', () => {
    const store = createToastStore();
    store.show('success', 'Saved');
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('dismisses by id, and ignores an id that is already gone', () => {
    const store = createToastStore();
    const listener = vi.fn();
    const first = store.show('success', 'One');
    store.show('success', 'Two');
    store.subscribe(listener);
    store.dismiss(first);
    expect(store.getSnapshot().map((toast) => toast.title)).toEqual(['Two']);
    store.dismiss(first);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows the same message once: a repeat replaces the older one at the end', () => {
    const store = createToastStore();
    store.show('success', 'Saved');
    store.show('success', 'Archived');
    store.show('success', 'Saved');
    expect(store.getSnapshot().map((toast) => toast.title)).toEqual(['Archived', 'Saved']);
    // The same words as an error are a different message.
    store.show('error', 'Saved');
    expect(store.getSnapshot()).toHaveLength(3);
  });

  it('keeps at most `max` toasts, dropping the oldest', () => {
    const store = createToastStore({ max: 2 });
    store.show('success', 'One');
    store.show('success', 'Two');
    store.show('success', 'Three');
    expect(store.getSnapshot().map((toast) => toast.title)).toEqual(['Two', 'Three']);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const store = createToastStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.show('success', 'Saved');
    store.clear();
    expect(listener).not.toHaveBeenCalled();
  });
});
