/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query Brand {\n    brand {\n      name\n      tagline\n    }\n  }\n": typeof types.BrandDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    description\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      url\n      alt\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ProductCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      status\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": typeof types.MembersDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Brand {\n    brand {\n      name\n      tagline\n    }\n  }\n": types.BrandDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    description\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      url\n      alt\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ProductCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      status\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": types.ProductDocument,
    "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n": types.MembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brand {\n    brand {\n      name\n      tagline\n    }\n  }\n"): typeof import('./graphql').BrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    description\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      url\n      alt\n    }\n  }\n"): typeof import('./graphql').ProductCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ProductCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      status\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      role\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MembersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
