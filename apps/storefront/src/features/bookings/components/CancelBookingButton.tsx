import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, toast } from '@/components/ui';
import { ApiError, request } from '@/lib/graphql-client';
import { CancelBookingMutation } from '../graphql/bookings';
import { bookingQueries } from '../queries';

/** Cancel a booking, with the policy said before the buyer confirms (the server enforces it). */
export function CancelBookingButton({ bookingId, policy }: { bookingId: string; policy: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => request(CancelBookingMutation, { id: bookingId, reason }),
    onSuccess: async () => {
      setOpen(false);
      toast.success('Booking cancelled');
      await queryClient.invalidateQueries({ queryKey: bookingQueries.all });
    },
  });
  const windowClosed = cancel.error instanceof ApiError && cancel.error.code === 'CANCELLATION_WINDOW';
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="ghost" size="sm">Cancel booking</Button>}
      title="Cancel this booking?"
      description={policy}
      footer={
        <Button variant="danger" pending={cancel.isPending} pendingLabel="Cancelling…" onClick={() => cancel.mutate()}>
          Cancel booking
        </Button>
      }
    >
      <label className="review-text">
        <span>Reason (optional)</span>
        <textarea rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {cancel.error && <p role="alert" className="form-error">{windowClosed ? `${cancel.error.message}.` : cancel.error.message}</p>}
    </Dialog>
  );
}
