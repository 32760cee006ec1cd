import { useQueryClient } from '@tanstack/react-query';
import { checkoutQueries } from '@/features/checkout/queries';
import { ShopSettingsPage } from '@/features/manage/components/ShopSettingsPage';

/** Checkout offers what the settings say: it reads them afresh after a change. */
export function Component() {
  const client = useQueryClient();
  return <ShopSettingsPage onSettingsChanged={() => client.invalidateQueries({ queryKey: checkoutQueries.all })} />;
}
