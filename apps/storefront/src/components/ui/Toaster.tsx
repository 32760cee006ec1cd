import { useSyncExternalStore } from 'react';
import { Toast } from 'radix-ui';
import { CloseIcon } from './Dialog';
import { toastStore, type ToastMessage } from './toast-store';

/** Long enough to read a sentence; errors stay longer (and pause on hover or focus, as Radix does). */
const DURATION_MS: Record<ToastMessage['tone'], number> = { success: 5000, error: 10000 };

/**
 * Shows the toast store's messages (Radix Toast: announced politely, errors assertively; F8 jumps
 * to them; swipe or the close button dismisses). Mounted once, in the layout.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot, toastStore.getSnapshot);
  return (
    <Toast.Provider swipeDirection="right" label="Notifications">
      {toasts.map((message) => (
        <Toast.Root
          key={message.id}
          className={`ui-toast ui-toast-${message.tone}`}
          type={message.tone === 'error' ? 'foreground' : 'background'}
          duration={DURATION_MS[message.tone]}
          onOpenChange={(open) => !open && toastStore.dismiss(message.id)}
        >
          <span className="ui-toast-icon" aria-hidden="true">
            {message.tone === 'success' ? '✓' : '!'}
          </span>
          <div className="ui-toast-text">
            <Toast.Title className="ui-toast-title">{message.title}</Toast.Title>
            {message.description && <Toast.Description className="ui-toast-description">{message.description}</Toast.Description>}
          </div>
          <Toast.Close className="ui-toast-close" aria-label="Dismiss">
            <CloseIcon />
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="ui-toast-viewport" />
    </Toast.Provider>
  );
}
