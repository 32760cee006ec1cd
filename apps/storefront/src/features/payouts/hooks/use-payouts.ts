import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SellerKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { StartPayoutOnboardingMutation } from '../graphql/payouts';
import { payoutQueries } from '../queries';

export const usePayoutDashboard = (kind: SellerKind, id: string | null) => useQuery({ ...payoutQueries.dashboard(kind, id ?? ''), enabled: Boolean(id) });

/** Starts (or resumes) onboarding; the page follows the returned address, or refreshes when there is none (test mode). */
export function useStartPayoutOnboarding(kind: SellerKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(StartPayoutOnboardingMutation, { kind, id }),
    onSuccess: () => client.invalidateQueries({ queryKey: payoutQueries.all }),
  });
}
