import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      roles
      createdAt
    }
  }
`);

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

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
