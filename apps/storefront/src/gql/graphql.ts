/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type LogInInput = {
  email: string;
  password: string;
};

/** What a person may do on the platform. */
export type Role =
  | 'BRAND_MANAGER'
  | 'CONSUMER'
  | 'VENDOR';

export type SignUpInput = {
  /** The name other members see. */
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, createdAt: string } | null };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { account: { id: string, displayName: string, role: Role } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { account: { id: string, displayName: string, role: Role } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type BrandQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandQuery = { brand: { name: string, tagline: string } | null };

export type HomeQueryVariables = Exact<{
  first: number;
}>;


export type HomeQuery = { products: Array<{ id: string, slug: string, name: string, description: string, category: string, priceMinor: number, currency: string }> };

export type MembersQueryVariables = Exact<{
  role?: Role | null | undefined;
}>;


export type MembersQuery = { accounts: Array<{ id: string, email: string, displayName: string, role: Role, createdAt: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    account {
      id
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    account {
      id
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const BrandDocument = new TypedDocumentString(`
    query Brand {
  brand {
    name
    tagline
  }
}
    `) as unknown as TypedDocumentString<BrandQuery, BrandQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($first: Int!) {
  products(first: $first) {
    id
    slug
    name
    description
    category
    priceMinor
    currency
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($role: Role) {
  accounts(role: $role) {
    id
    email
    displayName
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;