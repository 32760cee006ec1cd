import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, EmptyState, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { CreateCollectionMutation } from '../graphql/interactions';
import { interactionQueries } from '../queries';
import '../interactions.css';

const nameSchema = z.object({ name: z.string().trim().min(1, 'Give it a name').max(60, 'Keep the name to 60 characters') });

/** The member's saved collections: "Saved" (made on the first save) and their own named ones. */
export function CollectionsPage() {
  usePageTitle('Saved collections');
  const collections = useQuery(interactionQueries.myCollections());
  return (
    <section className="collections-page" aria-labelledby="collections-title">
      <div className="page-header">
        <div>
          <p className="eyebrow">Your account</p>
          <h1 id="collections-title">Saved collections</h1>
          <p className="muted">Builds, routes and guides you keep for later. Collections are private unless you make them public.</p>
        </div>
      </div>
      {collections.isLoading ? (
        <p aria-live="polite">Loading your collections…</p>
      ) : collections.error || !collections.data ? (
        <p role="alert">{collections.error?.message ?? 'Your collections did not load'}</p>
      ) : collections.data.myCollections.length === 0 ? (
        <EmptyState
          title="Nothing saved yet"
          description="Press “Save” on a build, route or guide to keep it here."
          action={
            <Button asChild>
              <Link to="/community">Explore the community</Link>
            </Button>
          }
        />
      ) : (
        <ul className="collection-grid">
          {collections.data.myCollections.map((collection) => (
            <li key={collection.id}>
              <Link to={`/account/collections/${collection.id}`} className="collection-card panel">
                <span className="collection-card-name">{collection.name}</span>
                <span className="muted">
                  {collection.itemCount} {collection.itemCount === 1 ? 'item' : 'items'}
                </span>
                <Badge tone={collection.isPublic ? 'primary' : 'neutral'}>{collection.isPublic ? 'Public' : 'Private'}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <NewCollectionForm />
    </section>
  );
}

function NewCollectionForm() {
  const client = useQueryClient();
  const form = useForm<z.input<typeof nameSchema>, unknown, z.output<typeof nameSchema>>({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });
  const create = useMutation({ mutationFn: (input: z.output<typeof nameSchema>) => request(CreateCollectionMutation, { input }) });
  const submit = submitTo(form, async (input) => {
    await create.mutateAsync(input);
    await client.invalidateQueries({ queryKey: interactionQueries.myCollections().queryKey });
    form.reset({ name: '' });
    toast.success(`Collection “${input.name}” created`);
  });
  return (
    <form className="panel new-collection" onSubmit={submit} noValidate aria-labelledby="new-collection-title">
      <h2 id="new-collection-title">New collection</h2>
      <div className="new-collection-row">
        <TextField label="Name" placeholder="e.g. Winter builds" {...form.register('name')} error={fieldError(form, 'name')} />
        <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Creating…">
          Create
        </Button>
      </div>
      <FormError message={formError(form)} />
    </form>
  );
}
