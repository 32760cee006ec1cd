import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Button, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePostReview } from '../../hooks/use-catalog';

const BODY_MAX = 2000;

// The API checks the same, with the same words; its refusals land beside the field too.
const reviewSchema = z.object({
  rating: z.string({ error: 'Give 1 to 5 stars' }).regex(/^[1-5]$/, 'Give 1 to 5 stars').transform(Number),
  body: z.string().trim().min(3, 'Write between 3 and 2000 characters').max(BODY_MAX, 'Write between 3 and 2000 characters'),
});

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * A buyer's review: 1 to 5 stars (a radio group drawn as stars) and a few words. Every problem shows
 * at once beside its field, the first one focused. Loaded only for a viewer who may review.
 */
export default function ReviewForm({ productId, productName }: { productId: string; productName: string }) {
  const post = usePostReview();
  const form = useForm({ resolver: zodResolver(reviewSchema), defaultValues: { rating: '', body: '' } });
  const submit = submitTo(form, async ({ rating, body }) => {
    await post.mutateAsync({ productId, rating, body });
    toast.success('Thank you: your review is posted');
  });
  const rating = Number(useWatch({ control: form.control, name: 'rating' }) || 0);
  const ratingError = fieldError(form, 'rating');
  const errorId = useId();

  return (
    <form className="review-form" onSubmit={submit} noValidate aria-labelledby="review-form-title">
      <h3 id="review-form-title">Review the {productName}</h3>
      <fieldset className="star-rating" aria-describedby={ratingError ? errorId : undefined} aria-invalid={ratingError ? true : undefined}>
        <legend>Your rating</legend>
        <div className="star-rating-options">
          {STARS.map((stars) => (
            <label key={stars} className={stars <= rating ? 'star star-on' : 'star'}>
              <input type="radio" className="option-input" value={String(stars)} {...form.register('rating')} />
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{stars === 1 ? '1 star' : `${stars} stars`}</span>
            </label>
          ))}
          <span className="star-rating-text" aria-hidden="true">
            {rating ? `${rating} of 5` : ''}
          </span>
        </div>
        {ratingError && (
          <p id={errorId} className="field-error" role="alert">
            {ratingError}
          </p>
        )}
      </fieldset>
      <TextAreaField label="Your review" rows={4} maxLength={BODY_MAX} hint="What you liked, what you did not, and how you use it." {...form.register('body')} error={fieldError(form, 'body')} />
      <FormError message={formError(form)} />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Posting…">
        Post review
      </Button>
    </form>
  );
}
