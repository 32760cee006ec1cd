import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Button, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { useLogRide } from '../hooks/use-routes';
import { formatDuration, parseDuration } from '../track-geometry';

const rideSchema = z.object({
  durationS: z.string().transform((text, context) => {
    const seconds = parseDuration(text);
    if (seconds === null) {
      context.addIssue({ code: 'custom', message: 'Give your time as h:mm:ss, e.g. 1:25:30' });
      return z.NEVER;
    }
    return seconds;
  }),
  riddenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the day you rode it'),
  note: z.string().trim().max(500, 'Keep the note to 500 characters'),
});

/** A signed-in member logs their time on the route; the leaderboard shows each rider's best. */
export function LogRideForm({ routeId }: { routeId: string }) {
  const logRide = useLogRide(routeId);
  const form = useForm({ resolver: zodResolver(rideSchema), defaultValues: { durationS: '', riddenOn: '', note: '' } });
  // Today is the browser's: set after hydration, never during a server render.
  useEffect(() => form.setValue('riddenOn', new Date().toISOString().slice(0, 10)), [form]);
  const submit = submitTo(form, async (input) => {
    const { logRide: ride } = await logRide.mutateAsync({ ...input, note: input.note || undefined });
    toast.success(ride.personalBest ? `New personal best: ${formatDuration(ride.durationS)}` : `Ride logged: ${formatDuration(ride.durationS)}`);
    form.reset({ durationS: '', riddenOn: input.riddenOn, note: '' });
  });
  return (
    <form className="route-ride-form" onSubmit={submit} noValidate aria-labelledby="log-ride-title">
      <h3 id="log-ride-title">Log your ride</h3>
      <div className="route-ride-fields">
        <TextField label="Your time" placeholder="1:25:30" inputMode="numeric" required {...form.register('durationS')} error={fieldError(form, 'durationS')} />
        <TextField label="Day" type="date" required {...form.register('riddenOn')} error={fieldError(form, 'riddenOn')} />
      </div>
      <TextField label="Note (optional)" maxLength={500} {...form.register('note')} error={fieldError(form, 'note')} />
      <FormError message={formError(form)} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Logging…' : 'Log ride'}
      </Button>
    </form>
  );
}
