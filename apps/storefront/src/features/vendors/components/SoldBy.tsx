import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { productSellerQuery } from '../seller-queries';
import '../vendors.css';

/** "Sold by <vendor>" on a product page; nothing for the brand's own products. */
export function SoldBy({ slug }: { slug: string }) {
  const vendor = useQuery(productSellerQuery(slug)).data?.product?.vendor;
  if (!vendor) return null;
  return (
    <p className="sold-by">
      Sold by <Link to={`/vendors/${encodeURIComponent(vendor.slug)}`}>{vendor.name}</Link>
      <span className="muted"> · {vendor.serviceArea}</span>
    </p>
  );
}
