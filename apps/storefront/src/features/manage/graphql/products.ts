import { graphql } from '@/gql';

export const ManageProductsQuery = graphql(`
  query ManageProducts($status: ProductStatus, $search: String, $after: String) {
    manageProducts(status: $status, filter: { search: $search }, first: 20, after: $after, sort: NAME) {
      nodes {
        id
        slug
        name
        status
        category {
          name
        }
        images {
          url
          alt
        }
        priceFrom {
          amountMinor
          currency
        }
        variants {
          id
          stock
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetProductStatusMutation = graphql(`
  mutation SetProductStatus($id: ID!, $status: ProductStatus!) {
    setProductStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const UpdateVariantMutation = graphql(`
  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {
    updateProductVariant(id: $id, input: $input) {
      id
      stock
      price {
        amountMinor
        currency
      }
    }
  }
`);

export const AdjustStockMutation = graphql(`
  mutation AdjustVariantStock($variantId: ID!, $delta: Int!) {
    adjustVariantStock(variantId: $variantId, delta: $delta) {
      id
      stock
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      slug
      status
    }
  }
`);

export const EditProductQuery = graphql(`
  query EditProduct($slug: String!) {
    product(slug: $slug) {
      id
      slug
      name
      description
      status
      category {
        id
      }
      variants {
        id
        sku
        name
        stock
        price {
          amountMinor
          currency
        }
      }
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
      name
      description
    }
  }
`);

export const AddVariantMutation = graphql(`
  mutation AddProductVariant($productId: ID!, $input: VariantInput!) {
    addProductVariant(productId: $productId, input: $input) {
      id
    }
  }
`);

export const ManageCategoriesQuery = graphql(`
  query ManageCategories {
    categories {
      id
      name
    }
  }
`);
