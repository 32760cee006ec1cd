import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplyAsVendorInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import {
  ApplyAsVendorMutation,
  ApproveVendorApplicationMutation,
  InviteVendorStaffMutation,
  RejectVendorApplicationMutation,
  ReinstateVendorMutation,
  RemoveVendorStaffMutation,
  SuspendVendorMutation,
} from '../graphql/vendors';
import { vendorQueries } from '../queries';

/** Every change of the feature refreshes the feature's queries (they are few and small). */
function useVendorMutation<TVariables, TData>(send: (variables: TVariables) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: vendorQueries.all }) });
}

export const useApplyAsVendor = () => useVendorMutation((input: ApplyAsVendorInput) => request(ApplyAsVendorMutation, { input }));
export const useApproveApplication = () => useVendorMutation((id: string) => request(ApproveVendorApplicationMutation, { id }));
export const useRejectApplication = () => useVendorMutation((v: { id: string; reason: string }) => request(RejectVendorApplicationMutation, v));
export const useSuspendVendor = () => useVendorMutation((v: { vendorId: string; reason: string }) => request(SuspendVendorMutation, v));
export const useReinstateVendor = () => useVendorMutation((vendorId: string) => request(ReinstateVendorMutation, { vendorId }));
export const useInviteStaff = () => useVendorMutation((v: { vendorId: string; email: string }) => request(InviteVendorStaffMutation, v));
export const useRemoveStaff = () => useVendorMutation((v: { vendorId: string; accountId: string }) => request(RemoveVendorStaffMutation, v));
