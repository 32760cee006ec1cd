import { graphql } from '@/gql';

export const ManageProductsQuery = graphql(`
  query ManageProducts($status: ProductStatus, $search: String, $after: String) {
    manageProducts(status: $status, filter: { search: $search, sellerKind: BRAND }, first: 20, after: $after, sort: NAME) {
      nodes {
        id
        slug
        name
        status
        category {
          name
        }
        images {
          id
          url
          alt
          width
          height
          srcset
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
      images {
        ...ManagedPhoto
      }
      specs {
        label
        value
      }
      variants {
        id
        sku
        name
        size
        colour
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

export const ManagedPhotoFields = graphql(`
  fragment ManagedPhoto on ProductImage {
    id
    url
    alt
    width
    height
    srcset
    position
  }
`);

export const UpdateProductImageMutation = graphql(`
  mutation UpdateProductImage($id: ID!, $alt: String!) {
    updateProductImage(id: $id, alt: $alt) {
      ...ManagedPhoto
    }
  }
`);

export const ReorderProductImagesMutation = graphql(`
  mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {
    reorderProductImages(productId: $productId, imageIds: $imageIds) {
      id
      images {
        ...ManagedPhoto
      }
    }
  }
`);

export const SetMainProductImageMutation = graphql(`
  mutation SetMainProductImage($id: ID!) {
    setMainProductImage(id: $id) {
      id
      images {
        ...ManagedPhoto
      }
    }
  }
`);

export const RemoveProductImageMutation = graphql(`
  mutation RemoveProductImage($id: ID!) {
    removeProductImage(id: $id)
  }
`);
