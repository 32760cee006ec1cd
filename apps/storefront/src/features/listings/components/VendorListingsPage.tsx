import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Badge, Button, ConfirmDialog, EmptyState, Price, Thumbnail, buttonClassName, toast } from '@/components/ui';
import type { SellerListingsQuery } from '@/gql/graphql';

type ListingCardFieldsFragment = SellerListingsQuery['sellerListings']['nodes'][number];
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { actingVendor, useViewer } from '@/lib/session/session';
import { SetListingStockMutation, WithdrawListingMutation } from '../graphql/listings';
import { listingBadge } from '../listing-status';
import { listingQueries } from '../queries';
import '../listings.css';

/** The vendor's listings (`/vendor/listings`): each with its review state, stock to edit, and its actions. */
export function VendorListingsPage() {
  usePageTitle('Your listings');
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  const query = useQuery({ ...listingQueries.seller(vendor?.id ?? ''), enabled: !!vendor });

  if (!vendor) {
    return (
      <section>
        <h1>Your listings</h1>
        <p>You do not work for a vendor yet.</p>
      </section>
    );
  }
  const listings = query.data?.sellerListings.nodes ?? [];
  return (
    <section className="listings-page" aria-labelledby="vendor-listings-title">
      <div className="listings-header">
        <div>
          <h1 id="vendor-listings-title">Your listings</h1>
          <p className="muted">{vendor.name}: products and services you sell on the platform. A new listing, or a new title or price, is checked by the brand before shoppers see it.</p>
        </div>
        <Link className={buttonClassName()} to="/vendor/listings/new">
          List a product
        </Link>
      </div>
      {query.isLoading && <p aria-live="polite">Loading your listings…</p>}
      {query.error && <p role="alert">{query.error.message}</p>}
      {query.data && listings.length === 0 && (
        <EmptyState title="Nothing listed yet" description="List your first product: it goes on sale once a brand manager approves it." action={<Link className={buttonClassName()} to="/vendor/listings/new">List a product</Link>} />
      )}
      {listings.length > 0 && (
        <ul className="listing-cards">
          {listings.map((listing) => (
            <ListingCard key={listing.productId} listing={listing} vendorId={vendor.id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ListingCard({ listing, vendorId }: { listing: ListingCardFieldsFragment; vendorId: string }) {
  const client = useQueryClient();
  const badge = listingBadge(listing);
  const product = listing.product;
  const refresh = () => client.invalidateQueries({ queryKey: listingQueries.seller(vendorId).queryKey });
  const withdraw = useMutation({
    mutationFn: () => request(WithdrawListingMutation, { productId: listing.productId }),
    onSuccess: async () => {
      toast.success(`“${product.name}” is off sale`);
      await refresh();
    },
  });
  const closed = listing.status === 'WITHDRAWN' || listing.status === 'BLOCKED';
  const service = listing.offerKind === 'SERVICE';
  const ownPage = service ? `/services/${product.slug}` : `/products/${product.slug}`;
  return (
    <li className="listing-card">
      <Thumbnail image={product.images[0]} size="6rem" />
      <div className="listing-card-main">
        <h2 className="listing-card-title">{product.name}</h2>
        <p className="listing-card-status">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          {service && <Badge>Service</Badge>}
          {product.priceFrom && <Price money={product.priceFrom} from={new Set(product.variants.map((v) => v.price.amountMinor)).size > 1} size="sm" />}
        </p>
        {badge.detail && <p className="listing-card-detail">{badge.detail}</p>}
        {listing.pendingRevision && (
          <p className="listing-card-detail">
            Waiting for review:
            {listing.pendingRevision.title && <> title “{listing.pendingRevision.title}”</>}
            {listing.pendingRevision.title && listing.pendingRevision.priceMinor !== null && ','}
            {listing.pendingRevision.priceMinor !== null && product.priceFrom && <> price {formatMoney({ amountMinor: listing.pendingRevision.priceMinor, currency: product.priceFrom.currency })}</>}
          </p>
        )}
        {!closed && service && (
          <p className="listing-card-detail">
            Riders book its times: add and remove them on <Link to="/vendor/bookings">Bookings</Link>.
          </p>
        )}
        {!closed && !service && (
          <div className="listing-stock">
            {product.variants.map((variant) => (
              <StockField key={variant.id} variant={variant} productName={product.name} onSaved={refresh} />
            ))}
          </div>
        )}
      </div>
      {!closed && (
        <div className="listing-card-actions">
          <Link className={buttonClassName({ variant: 'secondary', size: 'sm' })} to={`/vendor/listings/${listing.productId}/edit`} aria-label={`Edit “${product.name}”`}>
            Edit
          </Link>
          {listing.status === 'APPROVED' && (
            <Link className={buttonClassName({ variant: 'ghost', size: 'sm' })} to={ownPage} aria-label={`“${product.name}” in the shop`}>
              View in shop
            </Link>
          )}
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" aria-label={`Withdraw “${product.name}”`}>
                Withdraw
              </Button>
            }
            title={`Withdraw “${product.name}”?`}
            description="It goes off sale at once. Orders already placed stay as they are. This cannot be undone: list it again to sell it."
            confirmLabel="Withdraw"
            pendingLabel="Withdrawing…"
            tone="danger"
            onConfirm={() => withdraw.mutateAsync()}
          />
        </div>
      )}
    </li>
  );
}

function StockField({ variant, productName, onSaved }: { variant: ListingCardFieldsFragment['product']['variants'][number]; productName: string; onSaved: () => unknown }) {
  const [stock, setStock] = useState(String(variant.stock));
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => request(SetListingStockMutation, { variantId: variant.id, stock: Number(stock) }),
    onSuccess: async () => {
      setError(null);
      toast.success(`Stock of ${variant.name} saved`);
      await onSaved();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : 'The stock could not be saved'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d+$/.test(stock.trim())) return setError('Enter a whole number of units');
    save.mutate();
  };
  const id = `stock-${variant.id}`;
  return (
    <form className="listing-stock-row" onSubmit={submit} noValidate>
      <label htmlFor={id}>
        <span className="listing-stock-variant">{variant.name}</span> <span className="visually-hidden">stock of {productName}</span>
      </label>
      <input id={id} type="number" inputMode="numeric" min={0} value={stock} onChange={(e) => setStock(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <Button type="submit" size="sm" variant="secondary" pending={save.isPending} pendingLabel="Saving…" disabled={stock === String(variant.stock)}>
        Save
      </Button>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
