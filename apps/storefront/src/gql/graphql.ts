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

export type ProductFilterInput = {
  categorySlug?: string | null | undefined;
  /** Highest "from" price, in minor units. */
  maxPriceMinor?: number | null | undefined;
  /** Lowest "from" price, in minor units. */
  minPriceMinor?: number | null | undefined;
  /** Words in the product name. */
  search?: string | null | undefined;
};

export type ProductSort =
  | 'NAME'
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'TOP_RATED';

/** Only PUBLISHED products are visible to shoppers. */
export type ProductStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

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

export type ProductCardFieldsFragment = { id: string, slug: string, name: string, description: string, ratingAverage: number, ratingCount: number, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ url: string, alt: string }> };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nodes: Array<{ id: string, slug: string, name: string, description: string, ratingAverage: number, ratingCount: number, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ url: string, alt: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string }> };

export type ProductQueryVariables = Exact<{
  slug: string;
}>;


export type ProductQuery = { product: { status: ProductStatus, id: string, slug: string, name: string, description: string, ratingAverage: number, ratingCount: number, variants: Array<{ id: string, sku: string, name: string, size: string | null, colour: string | null, stock: number, inStock: boolean, price: { amountMinor: number, currency: string } }>, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ url: string, alt: string }> } | null };

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
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCardFields on Product {
  id
  slug
  name
  description
  ratingAverage
  ratingCount
  category {
    slug
    name
  }
  priceFrom {
    amountMinor
    currency
  }
  images {
    url
    alt
  }
}
    `, {"fragmentName":"ProductCardFields"}) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
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
export const ProductsDocument = new TypedDocumentString(`
    query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      ...ProductCardFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProductCardFields on Product {
  id
  slug
  name
  description
  ratingAverage
  ratingCount
  category {
    slug
    name
  }
  priceFrom {
    amountMinor
    currency
  }
  images {
    url
    alt
  }
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($slug: String!) {
  product(slug: $slug) {
    ...ProductCardFields
    status
    variants {
      id
      sku
      name
      size
      colour
      stock
      inStock
      price {
        amountMinor
        currency
      }
    }
  }
}
    fragment ProductCardFields on Product {
  id
  slug
  name
  description
  ratingAverage
  ratingCount
  category {
    slug
    name
  }
  priceFrom {
    amountMinor
    currency
  }
  images {
    url
    alt
  }
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
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