/** A message shown as a toast: a success after an action, or an error that has no field to sit by. */
export interface ToastMessage {
  id: number;
  tone: 'success' | 'error';
  title: string;
  description?: string;
}

export interface ToastOptions {
  description?: string;
}

/**
 * The toasts on screen, outside React so any code (a mutation's onSuccess, a route module) can add
 * one without a hook; <Toaster> subscribes with useSyncExternalStore. At most `max` at once (the
 * oldest go first), and the same message shown again replaces itself instead of stacking.
 */
export function createToastStore({ max = 3 }: { max?: number } = {}) {
  let toasts: readonly ToastMessage[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    show(tone: ToastMessage['tone'], title: string, options: ToastOptions = {}): number {
      const id = nextId++;
      const same = (message: ToastMessage) => message.tone === tone && message.title === title && message.description === options.description;
      toasts = [...toasts.filter((message) => !same(message)), { id, tone, title, description: options.description }].slice(-max);
      emit();
      return id;
    },
    dismiss(id: number): void {
      const next = toasts.filter((message) => message.id !== id);
      if (next.length === toasts.length) return;
      toasts = next;
      emit();
    },
    clear(): void {
      if (toasts.length === 0) return;
      toasts = [];
      emit();
    },
    getSnapshot: (): readonly ToastMessage[] => toasts,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ToastStore = ReturnType<typeof createToastStore>;

/** The storefront's one toast store, shown by the <Toaster> in the layout. */
export const toastStore = createToastStore();

/**
 * `toast.success('Product archived')`, `toast.error('Could not refund', { description })`: shows a
 * toast from anywhere. Returns its id (for `toast.dismiss`). Errors about a form's field belong by
 * the field, not here.
 */
export const toast = {
  success: (title: string, options?: ToastOptions) => toastStore.show('success', title, options),
  error: (title: string, options?: ToastOptions) => toastStore.show('error', title, options),
  dismiss: (id: number) => toastStore.dismiss(id),
};
