import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Badge, Button, ConfirmDialog, EmptyState, ResponsiveImage, ImagePlaceholder, toast } from '@/components/ui';
import { contributionPath, KIND_LABEL } from '@/lib/community';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { DeleteCollectionMutation, RemoveFromCollectionMutation, UpdateCollectionMutation } from '../graphql/interactions';
import { interactionQueries } from '../queries';
import '../interactions.css';

/** One collection: its owner manages it (public or private, remove items, delete); others see a public one. */
export function CollectionPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const query = useInfiniteQuery(interactionQueries.collection(id));
  const collection = query.data?.pages[0]?.collection;
  const items = query.data?.pages.flatMap((page) => page.collection.items.nodes) ?? [];
  usePageTitle(collection ? collection.name : query.isLoading ? null : 'Collection not found');
  const refresh = () => client.invalidateQueries({ queryKey: interactionQueries.all });

  const visibility = useMutation({
    mutationFn: (isPublic: boolean) => request(UpdateCollectionMutation, { input: { id, isPublic } }),
    onSuccess: async ({ updateCollection }) => {
      await refresh();
      toast.success(updateCollection.isPublic ? 'Anyone with the link can see it now' : 'Only you can see it now');
    },
    onError: (error) => toast.error(error.message),
  });
  const removeItem = useMutation({
    mutationFn: (contributionId: string) => request(RemoveFromCollectionMutation, { collectionId: id, id: contributionId }),
    onSuccess: async () => {
      await refresh();
      toast.success('Removed from the collection');
    },
  });
  const remove = useMutation({
    mutationFn: () => request(DeleteCollectionMutation, { id }),
    onSuccess: async () => {
      await refresh();
      toast.success('Collection deleted');
      await navigate('/account/collections');
    },
  });

  if (query.isLoading) return <p aria-live="polite">Loading the collection…</p>;
  if (query.error || !collection) {
    return (
      <section aria-labelledby="collection-missing">
        <h1 id="collection-missing">This collection cannot be shown</h1>
        <p role="alert">{query.error?.message ?? 'It may be private, or it was deleted.'}</p>
        <p>
          <Link to="/account/collections">Your collections</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="collection-page" aria-labelledby="collection-title">
      <div className="page-header collection-header">
        <div>
          <p className="eyebrow">{collection.viewerIsOwner ? <Link to="/account/collections">Saved collections</Link> : `Collected by ${collection.owner.displayName}`}</p>
          <h1 id="collection-title">{collection.name}</h1>
          <p className="muted">
            {collection.itemCount} {collection.itemCount === 1 ? 'item' : 'items'} · <Badge tone={collection.isPublic ? 'primary' : 'neutral'}>{collection.isPublic ? 'Public' : 'Private'}</Badge>
          </p>
        </div>
        {collection.viewerIsOwner && (
          <div className="collection-owner-actions">
            <Button variant="secondary" size="sm" pending={visibility.isPending} onClick={() => visibility.mutate(!collection.isPublic)}>
              {collection.isPublic ? 'Make private' : 'Make public'}
            </Button>
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="sm">
                  Delete collection
                </Button>
              }
              title={`Delete “${collection.name}”?`}
              description="The collection goes; what it held stays in the community."
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              tone="danger"
              onConfirm={() => remove.mutateAsync()}
            />
          </div>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState
          title="This collection is empty"
          description={collection.viewerIsOwner ? 'Press “Save” on a build, route or guide to add it here.' : 'Nothing here yet.'}
          action={
            <Button asChild>
              <Link to="/community">Explore the community</Link>
            </Button>
          }
        />
      ) : (
        <ul className="collection-items">
          {items.map((item) => (
            <li key={item.id} className="collection-item panel">
              <Link to={contributionPath(item.kind, item.id)} className="collection-item-link">
                {item.cover ? <ResponsiveImage image={item.cover.image} sizes="(min-width: 768px) 320px, 100vw" aspectRatio="4 / 3" /> : <ImagePlaceholder />}
                <span className="collection-item-text">
                  <Badge>{KIND_LABEL[item.kind].one}</Badge>
                  <span className="collection-item-title">{item.title}</span>
                  <span className="muted collection-item-excerpt">{item.excerpt}</span>
                  <span className="muted">by {item.author.displayName}</span>
                </span>
              </Link>
              {collection.viewerIsOwner && (
                <Button variant="ghost" size="sm" pending={removeItem.isPending && removeItem.variables === item.id} onClick={() => removeItem.mutate(item.id)}>
                  Remove<span className="visually-hidden"> {item.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <Button variant="secondary" pending={query.isFetchingNextPage} pendingLabel="Loading…" onClick={() => query.fetchNextPage()}>
          Show more
        </Button>
      )}
    </section>
  );
}
