import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AskQuestionInput, PostProjectUpdateInput, UpdateProjectUpdateInput, UpdateQuestionInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import {
  AcceptAnswerMutation,
  AnswerMutation,
  AskQuestionMutation,
  PostProjectUpdateMutation,
  RemoveCategoryExpertMutation,
  SetCategoryExpertMutation,
  UpdateProjectUpdateMutation,
  UpdateQuestionMutation,
} from '../graphql/advice';
import { adviceQueries } from '../queries';

export function useProductQuestions(slug: string) {
  return useInfiniteQuery(adviceQueries.productQuestions(slug));
}

export function useAdvicePost(id: string) {
  return useQuery(adviceQueries.post(id));
}

export function useProject(id: string | null) {
  return useQuery({ ...adviceQueries.project(id ?? ''), enabled: Boolean(id) });
}

export function useCategoryExperts() {
  return useQuery(adviceQueries.experts());
}

/** Anything written here changes what the advice pages show: refetch them all. */
function useAdviceMutation<TVariables, TResult>(send: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: adviceQueries.all }) });
}

export const useAskQuestion = () => useAdviceMutation((input: AskQuestionInput) => request(AskQuestionMutation, { input }));
export const useUpdateQuestion = () => useAdviceMutation(({ id, input }: { id: string; input: UpdateQuestionInput }) => request(UpdateQuestionMutation, { id, input }));
export const usePostProjectUpdate = () => useAdviceMutation((input: PostProjectUpdateInput) => request(PostProjectUpdateMutation, { input }));
export const useUpdateProjectUpdate = () =>
  useAdviceMutation(({ id, input }: { id: string; input: UpdateProjectUpdateInput }) => request(UpdateProjectUpdateMutation, { id, input }));
export const useAnswer = () => useAdviceMutation((input: { contributionId: string; body: string }) => request(AnswerMutation, { input }));
export const useAcceptAnswer = () => useAdviceMutation((answerId: string) => request(AcceptAnswerMutation, { answerId }));
export const useSetCategoryExpert = () =>
  useAdviceMutation((variables: { accountId: string; categoryId: string }) => request(SetCategoryExpertMutation, variables));
export const useRemoveCategoryExpert = () =>
  useAdviceMutation((variables: { accountId: string; categoryId: string }) => request(RemoveCategoryExpertMutation, variables));
