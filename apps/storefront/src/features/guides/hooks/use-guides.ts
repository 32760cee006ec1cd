import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateGuideInput, MarkGuideMadeInput, UpdateGuideInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { CreateGuideMutation, MarkGuideMadeMutation, UpdateGuideMutation } from '../graphql/guides';
import { guideQueries } from '../queries';

export function useGuide(id: string) {
  return useQuery(guideQueries.detail(id));
}

export function useGuideProductChoices() {
  return useQuery(guideQueries.productChoices());
}

export function useCreateGuide() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGuideInput) => request(CreateGuideMutation, { input }),
    onSuccess: () => client.invalidateQueries({ queryKey: guideQueries.all }),
  });
}

export function useUpdateGuide(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateGuideInput) => request(UpdateGuideMutation, { id, input }),
    onSuccess: () => client.invalidateQueries({ queryKey: guideQueries.detail(id).queryKey }),
  });
}

/** "I made this": the guide's gallery and count refresh with the new post. */
export function useMarkGuideMade(guideId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<MarkGuideMadeInput, 'guideId'>) => request(MarkGuideMadeMutation, { input: { ...input, guideId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: guideQueries.detail(guideId).queryKey }),
  });
}
