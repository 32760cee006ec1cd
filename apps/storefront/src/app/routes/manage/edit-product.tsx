import { useQueryClient } from '@tanstack/react-query';
import { catalogQueries } from '@/features/catalog/queries';
import { EditProductPage } from '@/features/manage/components/EditProductPage';

/** A product edited here is shown afresh in the shop. */
export function Component() {
  const client = useQueryClient();
  return <EditProductPage onProductChanged={() => client.invalidateQueries({ queryKey: catalogQueries.all })} />;
}
