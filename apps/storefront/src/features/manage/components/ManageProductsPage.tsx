import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Thumbnail } from '@/components/ui';
import type { ProductStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { SetProductStatusMutation } from '../graphql/products';
import { manageQueries } from '../queries';
import { StockAdjuster } from './StockAdjuster';

const STATUS_LABELS: Record<ProductStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

/** The brand manager's catalog: publish, unpublish, archive, edit, and add or remove stock. */
export function ManageProductsPage() {
  usePageTitle('Products');
  const [status, setStatus] = useState<ProductStatus | ''>('');
  const filterId = useId();
  const client = useQueryClient();
  const products = useQuery(manageQueries.products(status || null));
  const refresh = () => client.invalidateQueries({ queryKey: manageQueries.all });
  const setProductStatus = useMutation({ mutationFn: (v: { id: string; status: ProductStatus }) => request(SetProductStatusMutation, v), onSuccess: refresh });

  return (
    <section aria-labelledby="manage-products-title">
      <h1 id="manage-products-title">Products</h1>
      <p>
        <Link to="/manage/products/new" className="button-primary">
          New product
        </Link>
      </p>
      <div className="field field-inline">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as ProductStatus | '')}>
          <option value="">All products</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {setProductStatus.error && <p role="alert">{setProductStatus.error.message}</p>}
      {products.isLoading && <p aria-live="polite">Loading…</p>}
      {products.data?.manageProducts.nodes.map((product) => (
        <article key={product.id} className="manage-product" aria-labelledby={`manage-${product.id}`}>
          <div className="line-item">
            <Thumbnail image={product.images[0]} />
            <h2 id={`manage-${product.id}`}>
              {product.status === 'PUBLISHED' ? <Link to={`/products/${product.slug}`}>{product.name}</Link> : product.name}{' '}
              <span className="role-badge">{STATUS_LABELS[product.status]}</span>
            </h2>
          </div>
          <p className="muted">{product.category.name}</p>
          <div className="manage-actions">
            {product.status !== 'PUBLISHED' && (
              <button type="button" className="button-secondary" onClick={() => setProductStatus.mutate({ id: product.id, status: 'PUBLISHED' })}>
                Publish<span className="visually-hidden"> {product.name}</span>
              </button>
            )}
            {product.status === 'PUBLISHED' && (
              <button type="button" className="button-secondary" onClick={() => setProductStatus.mutate({ id: product.id, status: 'DRAFT' })}>
                Unpublish<span className="visually-hidden"> {product.name}</span>
              </button>
            )}
            <Link to={`/manage/products/${product.slug}/edit`} className="button-secondary">
              Edit<span className="visually-hidden"> {product.name}</span>
            </Link>
            {product.status !== 'ARCHIVED' && (
              <button type="button" className="button-secondary" onClick={() => setProductStatus.mutate({ id: product.id, status: 'ARCHIVED' })}>
                Archive<span className="visually-hidden"> {product.name}</span>
              </button>
            )}
          </div>
          <table className="cart-table">
            <caption className="visually-hidden">Variants of {product.name}</caption>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">SKU</th>
                <th scope="col">Price</th>
                <th scope="col">Stock</th>
                <th scope="col">Add or remove</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((variant) => (
                <tr key={variant.id}>
                  <td>{variant.name}</td>
                  <td>{variant.sku}</td>
                  <td>{formatMoney(variant.price)}</td>
                  <td>{variant.stock}</td>
                  <td>
                    <StockAdjuster variantId={variant.id} label={`${product.name}, ${variant.name}`} onChanged={refresh} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {product.images.length} {product.images.length === 1 ? 'photo' : 'photos'} ·{' '}
            <Link to={`/manage/products/${product.slug}/edit#photos-title`}>
              Manage photos<span className="visually-hidden"> of {product.name}</span>
            </Link>
          </p>
        </article>
      ))}
    </section>
  );
}
