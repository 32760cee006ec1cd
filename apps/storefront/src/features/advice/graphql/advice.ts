import { graphql } from '@/gql';

/** A product's questions, newest first, for the "Questions & answers" section of its page. */
export const ProductQuestionsQuery = graphql(`
  query ProductQuestions($slug: String!, $after: String) {
    product(slug: $slug) {
      id
      name
      questions(first: 5, after: $after) {
        nodes {
          id
          title
          excerpt
          publishedAt
          author {
            id
            displayName
            badges {
              kind
              label
            }
          }
          answers {
            id
          }
          acceptedAnswer {
            id
            bodyHtml
            expert {
              reason
              label
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A question or a progress post with its answers, for its page (and its edit form). */
export const AdvicePostQuery = graphql(`
  query AdvicePost($id: ID!) {
    contribution(id: $id) {
      id
      kind
      title
      body
      bodyHtml
      excerpt
      tags
      status
      asksAdvice
      publishedAt
      createdAt
      viewerCanEdit
      author {
        id
        displayName
        badges {
          kind
          label
        }
      }
      photos {
        id
        image {
          url
          srcset
          alt
          width
          height
        }
      }
      product {
        id
        slug
        name
      }
      project {
        id
        title
      }
      answers {
        id
        bodyHtml
        createdAt
        accepted
        expert {
          reason
          label
        }
        author {
          id
          displayName
          badges {
            kind
            label
          }
        }
      }
    }
  }
`);

/** The build a new progress post reports on (from `?project=`), to name it in the form. */
export const ProjectQuery = graphql(`
  query AdviceProject($id: ID!) {
    contribution(id: $id) {
      id
      kind
      title
      viewerCanEdit
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
      kind
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      id
      kind
    }
  }
`);

export const PostProjectUpdateMutation = graphql(`
  mutation PostProjectUpdate($input: PostProjectUpdateInput!) {
    postProjectUpdate(input: $input) {
      id
      kind
    }
  }
`);

export const UpdateProjectUpdateMutation = graphql(`
  mutation UpdateProjectUpdate($id: ID!, $input: UpdateProjectUpdateInput!) {
    updateProjectUpdate(id: $id, input: $input) {
      id
      kind
    }
  }
`);

export const AnswerMutation = graphql(`
  mutation PostAnswer($input: AnswerInput!) {
    answer(input: $input) {
      id
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($answerId: ID!) {
    acceptAnswer(answerId: $answerId) {
      id
      acceptedAnswer {
        id
      }
    }
  }
`);

/** The experts page: who is an expert where, and whom a brand manager can choose from. */
export const CategoryExpertsQuery = graphql(`
  query CategoryExperts {
    categoryExperts {
      appointedAt
      member {
        id
        displayName
      }
      category {
        id
        name
      }
    }
    categories {
      id
      name
    }
    accounts {
      id
      displayName
      email
    }
  }
`);

export const SetCategoryExpertMutation = graphql(`
  mutation SetCategoryExpert($accountId: ID!, $categoryId: ID!) {
    setCategoryExpert(accountId: $accountId, categoryId: $categoryId) {
      appointedAt
    }
  }
`);

export const RemoveCategoryExpertMutation = graphql(`
  mutation RemoveCategoryExpert($accountId: ID!, $categoryId: ID!) {
    removeCategoryExpert(accountId: $accountId, categoryId: $categoryId)
  }
`);
