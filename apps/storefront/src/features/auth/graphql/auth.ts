import { graphql } from '@/gql';

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      account {
        id
        displayName
        roles
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      account {
        id
        displayName
        roles
      }
    }
  }
`);
