import { useQueryClient } from '@tanstack/react-query';
import { catalogQueries } from '@/features/catalog/queries';
import { ManageProductsPage } from '@/features/manage/components/ManageProductsPage';

/** A product published, unpublished or archived here is shown (or not) afresh in the shop. */
export function Component() {
  const client = useQueryClient();
  return <ManageProductsPage onProductChanged={() => client.invalidateQueries({ queryKey: catalogQueries.all })} />;
}
