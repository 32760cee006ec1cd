import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, toast } from '@/components/ui';
import { request } from '@/lib/graphql-client';
import { ReviewBookingMutation } from '../graphql/bookings';
import { bookingQueries } from '../queries';

/** Write this side's review of a completed booking; the other side reads it once both wrote, or after a week. */
export function ReviewDialog({ bookingId, about }: { bookingId: string; about: string }) {
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState(5);
  const [text, setText] = useState('');
  const queryClient = useQueryClient();
  const review = useMutation({
    mutationFn: () => request(ReviewBookingMutation, { input: { bookingId, rating, text } }),
    onSuccess: async () => {
      setOpen(false);
      toast.success('Thanks: your review is saved', { description: 'It shows to the other side once they reviewed too, or after a week.' });
      await queryClient.invalidateQueries({ queryKey: bookingQueries.all });
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="secondary" size="sm">Review {about}</Button>}
      title={`Review ${about}`}
      description="Reviews are double-blind: the other side sees yours once they wrote theirs, or after 7 days."
      footer={
        <Button variant="primary" pending={review.isPending} pendingLabel="Saving…" onClick={() => review.mutate()}>
          Save review
        </Button>
      }
    >
      <fieldset className="review-stars">
        <legend>Rating</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name={`rating-${bookingId}`} value={n} checked={rating === n} onChange={() => setRating(n)} /> {n}
          </label>
        ))}
      </fieldset>
      <label className="review-text">
        <span>What went well, what could be better</span>
        <textarea rows={4} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      {review.error && <p role="alert" className="form-error">{review.error.message}</p>}
    </Dialog>
  );
}
