import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ListFilters, useListFilters } from '@/components/list-filters/ListFilters';
import { Badge, Button, ConfirmDialog, EmptyState, Thumbnail, toast, type BadgeTone } from '@/components/ui';
import type { ManageProductsQuery, ProductStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { SetProductStatusMutation } from '../graphql/products';
import { manageQueries } from '../queries';
import '../manage.css';

type Product = ManageProductsQuery['manageProducts']['nodes'][number];

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };
const STATUS_TONES: Record<ProductStatus, BadgeTone> = { DRAFT: 'warning', PUBLISHED: 'success', ARCHIVED: 'neutral' };
const STATUSES = Object.keys(PRODUCT_STATUS_LABELS) as ProductStatus[];

/**
 * The brand manager's catalog as a compact list: photo, name, status, price, stock and what can be
 * done to each (edit, publish, unpublish, archive), found by name and state, 20 at a time. Editing
 * details, variants, stock and photos happens on the product's edit page. Filters live in the address.
 */
export function ManageProductsPage({ onProductChanged }: { onProductChanged: () => Promise<unknown> }) {
  usePageTitle('Products');
  const filters = useListFilters(STATUSES);
  const { status, search, filtered } = filters;
  const products = useInfiniteQuery(manageQueries.products(status, search));
  const nodes = products.data?.pages.flatMap((page) => page.manageProducts.nodes) ?? [];

  return (
    <section aria-labelledby="manage-products-title" className="manage-products">
      <div className="manage-heading">
        <h1 id="manage-products-title">Products</h1>
        <Button asChild>
          <Link to="/manage/products/new">New product</Link>
        </Button>
      </div>
      <p className="muted">
        The brand’s own catalog. Vendors’ goods and services wait for you in <Link to="/manage/listings">Listings</Link>; members’ used items are on{' '}
        <Link to="/used">Used</Link>.
      </p>
      <ListFilters name="products" filters={filters} searchLabel="Name" placeholder="e.g. gravel" statuses={STATUSES} statusLabels={PRODUCT_STATUS_LABELS} allLabel="All products" />

      {products.isLoading && <p aria-live="polite">Loading products…</p>}
      {products.error && <p role="alert">{products.error.message}</p>}
      {products.data && nodes.length === 0 && (
        filtered ? (
          <EmptyState
            title="No products match"
            description={search ? `No product${status ? ` in this state` : ''} has “${search}” in its name.` : 'No product is in this state.'}
            action={
              <Button variant="secondary" onClick={filters.clear}>
                Show all products
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="No products yet"
            description="Create a product as a draft, add its variants and photos, then publish it."
            action={
              <Button asChild>
                <Link to="/manage/products/new">New product</Link>
              </Button>
            }
          />
        )
      )}
      {nodes.length > 0 && (
        <>
          <table className="manage-products-table">
            <caption className="visually-hidden">Products</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Photo</span>
                </th>
                <th scope="col">Product</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Price from
                </th>
                <th scope="col" className="numeric">
                  Stock
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((product) => (
                <ProductRow key={product.id} product={product} onProductChanged={onProductChanged} />
              ))}
            </tbody>
          </table>
          {products.hasNextPage && (
            <Button variant="secondary" onClick={() => products.fetchNextPage()} pending={products.isFetchingNextPage} pendingLabel="Loading…">
              Show more products
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** What a product's new state is called in the toast that confirms it. */
const STATUS_CHANGES: Record<ProductStatus, { done: string }> = {
  PUBLISHED: { done: 'published' },
  DRAFT: { done: 'unpublished: back to drafts' },
  ARCHIVED: { done: 'archived' },
};

function ProductRow({ product, onProductChanged }: { product: Product; onProductChanged: () => Promise<unknown> }) {
  const client = useQueryClient();
  const setStatus = useMutation({
    mutationFn: (status: ProductStatus) => request(SetProductStatusMutation, { id: product.id, status }),
    onSuccess: async (_data, status) => {
      toast.success(`${product.name} ${product.status === 'ARCHIVED' ? 'restored as a draft' : STATUS_CHANGES[status].done}`);
      await Promise.all([client.invalidateQueries({ queryKey: manageQueries.all }), onProductChanged()]);
    },
  });
  const stock = product.variants.reduce((sum, variant) => sum + variant.stock, 0);
  const photo = product.images[0];
  // Restoring an archived product makes it a draft again (it is checked before it goes back on sale).
  const restore = product.status === 'ARCHIVED';

  return (
    <tr>
      <td className="manage-product-photo">
        {/* Decorative: the name beside it says what it shows. */}
        <Thumbnail image={photo} size="3.5rem" />
      </td>
      <th scope="row" className="manage-product-name">
        <Link to={`/manage/products/${product.slug}/edit`}>{product.name}</Link>
        <span className="muted">{product.category.name}</span>
      </th>
      <td data-label="Status">
        <Badge tone={STATUS_TONES[product.status]}>{PRODUCT_STATUS_LABELS[product.status]}</Badge>
      </td>
      <td data-label="Price from" className="numeric">
        {product.priceFrom ? (
          <>
            <span className="manage-card-only">from </span>
            {formatMoney(product.priceFrom)}
          </>
        ) : (
          'No price'
        )}
      </td>
      <td data-label="Stock" className="numeric">
        {stock === 0 ? (
          <span className="manage-out-of-stock">Sold out</span>
        ) : (
          <>
            {stock}
            <span className="manage-card-only"> in stock</span>
          </>
        )}
      </td>
      <td className="manage-product-actions">
        <Button asChild variant="ghost" size="sm">
          <Link to={`/manage/products/${product.slug}/edit`}>
            Edit<span className="visually-hidden"> {product.name}</span>
          </Link>
        </Button>
        {product.status === 'PUBLISHED' ? (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm">
                Unpublish<span className="visually-hidden"> {product.name}</span>
              </Button>
            }
            title={`Unpublish ${product.name}?`}
            description="It leaves the shop at once: shoppers can no longer find or buy it, and carts holding it cannot check it out. It stays here as a draft to publish again."
            confirmLabel="Unpublish"
            pendingLabel="Unpublishing…"
            onConfirm={() => setStatus.mutateAsync('DRAFT')}
          />
        ) : (
          <Button variant="ghost" size="sm" pending={setStatus.isPending && setStatus.variables !== 'ARCHIVED'} onClick={() =>
              // Asked without a dialog (nothing is lost), so a refusal ("Add a variant before publishing") is a toast.
              setStatus.mutate(restore ? 'DRAFT' : 'PUBLISHED', { onError: (error) => toast.error(`${product.name} was not changed`, { description: error.message }) })
            }
          >
            {restore ? 'Restore as draft' : 'Publish'}
            <span className="visually-hidden"> {product.name}</span>
          </Button>
        )}
        {product.status !== 'ARCHIVED' && (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" className="manage-danger">
                Archive<span className="visually-hidden"> {product.name}</span>
              </Button>
            }
            title={`Archive ${product.name}?`}
            description={`It ${product.status === 'PUBLISHED' ? 'leaves the shop at once and ' : ''}moves to the archived products; its orders and reviews stay. You can restore it as a draft later.`}
            confirmLabel="Archive"
            pendingLabel="Archiving…"
            tone="danger"
            onConfirm={() => setStatus.mutateAsync('ARCHIVED')}
          />
        )}
      </td>
    </tr>
  );
}
