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
    "\n  query AddressBook {\n    savedAddresses {\n      id\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n      isDefault\n    }\n    taxRates {\n      country\n      postcodePattern\n      postcodeExample\n    }\n  }\n": typeof types.AddressBookDocument,
    "\n  mutation AddSavedAddress($input: SavedAddressInput!) {\n    addSavedAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.AddSavedAddressDocument,
    "\n  mutation UpdateSavedAddress($id: ID!, $input: SavedAddressInput!) {\n    updateSavedAddress(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSavedAddressDocument,
    "\n  mutation RemoveSavedAddress($id: ID!) {\n    removeSavedAddress(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveSavedAddressDocument,
    "\n  mutation SetDefaultSavedAddress($id: ID!) {\n    setDefaultSavedAddress(id: $id) {\n      id\n    }\n  }\n": typeof types.SetDefaultSavedAddressDocument,
    "\n  query ProductQuestions($slug: String!, $after: String) {\n    product(slug: $slug) {\n      id\n      name\n      questions(first: 5, after: $after) {\n        nodes {\n          id\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          answers {\n            id\n          }\n          acceptedAnswer {\n            id\n            bodyHtml\n            expert {\n              reason\n              label\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProductQuestionsDocument,
    "\n  query AdvicePost($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      asksAdvice\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      product {\n        id\n        slug\n        name\n      }\n      project {\n        id\n        title\n      }\n      answers {\n        id\n        bodyHtml\n        createdAt\n        accepted\n        expert {\n          reason\n          label\n        }\n        author {\n          id\n          displayName\n          badges {\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdvicePostDocument,
    "\n  query AdviceProject($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      viewerCanEdit\n    }\n  }\n": typeof types.AdviceProjectDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation PostProjectUpdate($input: PostProjectUpdateInput!) {\n    postProjectUpdate(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.PostProjectUpdateDocument,
    "\n  mutation UpdateProjectUpdate($id: ID!, $input: UpdateProjectUpdateInput!) {\n    updateProjectUpdate(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.UpdateProjectUpdateDocument,
    "\n  mutation PostAnswer($input: AnswerInput!) {\n    answer(input: $input) {\n      id\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  query CategoryExperts {\n    categoryExperts {\n      appointedAt\n      member {\n        id\n        displayName\n      }\n      category {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    accounts {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.CategoryExpertsDocument,
    "\n  mutation SetCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    setCategoryExpert(accountId: $accountId, categoryId: $categoryId) {\n      appointedAt\n    }\n  }\n": typeof types.SetCategoryExpertDocument,
    "\n  mutation RemoveCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    removeCategoryExpert(accountId: $accountId, categoryId: $categoryId)\n  }\n": typeof types.RemoveCategoryExpertDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment ServiceCardFields on ServiceOffer {\n    productId\n    durationMinutes\n    capacity\n    mode\n    location\n    timeZone\n    product {\n      id\n      slug\n      name\n      description\n      priceFrom {\n        amountMinor\n        currency\n      }\n    }\n    vendor {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ServiceCardFieldsFragmentDoc,
    "\n  query Services {\n    services {\n      ...ServiceCardFields\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query Service($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceCardFields\n      product {\n        id\n        status\n        variants {\n          id\n        }\n      }\n      vendor {\n        id\n        serviceArea\n        serviceRating {\n          average\n          count\n        }\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        seatsLeft\n      }\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  mutation HoldSlot($slotId: ID!) {\n    holdSlot(slotId: $slotId) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n": typeof types.HoldSlotDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    status\n    seats\n    startsAt\n    endsAt\n    amountMinor\n    currency\n    refundedMinor\n    refundableUntil\n    meetingUrl\n    cancelReason\n    buyerName\n    viewerIsBuyer\n    service {\n      productId\n      mode\n      location\n      timeZone\n      durationMinutes\n    }\n    product {\n      id\n      slug\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    reviews {\n      authorSide\n      rating\n      text\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  query MyBookings {\n    myBookings {\n      ...BookingFields\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query VendorBookings($vendorId: ID!, $after: String) {\n    vendorBookings(vendorId: $vendorId, first: 15, after: $after) {\n      nodes {\n        ...BookingFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VendorBookingsDocument,
    "\n  query VendorServices($vendorId: ID!) {\n    vendorServices(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      capacity\n      timeZone\n      product {\n        id\n        slug\n        name\n        status\n      }\n      vendorSlots {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n      }\n    }\n  }\n": typeof types.VendorServicesDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      refundedMinor\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation ReviewBooking($input: ReviewBookingInput!) {\n    reviewBooking(input: $input) {\n      authorSide\n      rating\n    }\n  }\n": typeof types.ReviewBookingDocument,
    "\n  mutation AddServiceSlots($input: AddServiceSlotsInput!) {\n    addServiceSlots(input: $input) {\n      id\n    }\n  }\n": typeof types.AddServiceSlotsDocument,
    "\n  mutation RemoveServiceSlot($slotId: ID!) {\n    removeServiceSlot(slotId: $slotId)\n  }\n": typeof types.RemoveServiceSlotDocument,
    "\n  mutation CreateServiceListing($input: CreateServiceListingInput!) {\n    createServiceListing(input: $input) {\n      productId\n    }\n  }\n": typeof types.CreateServiceListingDocument,
    "\n  query ServiceCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.ServiceCategoriesDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.UpdateBrandDocument,
    "\n  query BuildPage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        state\n        supporters\n        stageNumber\n        stageCount\n        stageTarget\n        stageDeadline\n        viewerSupports\n        viewerCanSupport\n        declineReason\n        royaltyBp\n        parts {\n          id\n          label\n          quantity\n          note\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuildPageDocument,
    "\n  mutation SupportBuild($buildId: ID!) {\n    supportBuild(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n": typeof types.SupportBuildDocument,
    "\n  mutation WithdrawBuildSupport($buildId: ID!) {\n    withdrawBuildSupport(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n": typeof types.WithdrawBuildSupportDocument,
    "\n  mutation CreateBuild($input: CreateBuildInput!) {\n    createBuild(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateBuildDocument,
    "\n  mutation UpdateBuild($input: UpdateBuildInput!) {\n    updateBuild(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateBuildDocument,
    "\n  query ShopParts {\n    products(first: 100, sort: NEWEST) {\n      nodes {\n        id\n        name\n        variants {\n          id\n          name\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShopPartsDocument,
    "\n  query BuildReviewQueue {\n    buildReviewQueue {\n      id\n      title\n      excerpt\n      author {\n        id\n        displayName\n      }\n      cover {\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        supporters\n        enteredReviewAt\n        parts {\n          id\n        }\n      }\n    }\n    categories {\n      id\n      name\n    }\n    buildSupportStages {\n      supporters\n      windowDays\n    }\n  }\n": typeof types.BuildReviewQueueDocument,
    "\n  mutation AcceptBuild($input: AcceptBuildInput!) {\n    acceptBuild(input: $input) {\n      id\n      build {\n        id\n        state\n        product {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.AcceptBuildDocument,
    "\n  mutation DeclineBuild($input: DeclineBuildInput!) {\n    declineBuild(input: $input) {\n      id\n      build {\n        id\n        state\n      }\n    }\n  }\n": typeof types.DeclineBuildDocument,
    "\n  mutation SetBuildSupportStages($input: SetBuildSupportStagesInput!) {\n    setBuildSupportStages(input: $input) {\n      supporters\n      windowDays\n    }\n  }\n": typeof types.SetBuildSupportStagesDocument,
    "\n  fragment CartFields on Cart {\n    itemCount\n    subtotal {\n      amountMinor\n      currency\n    }\n    items {\n      quantity\n      available\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n      variant {\n        id\n        name\n        stock\n      }\n      product {\n        id\n        slug\n        name\n        sellerName\n        offerKind\n      }\n      booking {\n        id\n        startsAt\n        endsAt\n        holdExpiresAt\n        timeZone\n      }\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n    }\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n": typeof types.CartDocument,
    "\n  query CartPreview($lines: [CartLineInput!]!) {\n    cartPreview(lines: $lines) {\n      ...CartFields\n    }\n  }\n": typeof types.CartPreviewDocument,
    "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {\n    setCartQuantity(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": typeof types.SetCartQuantityDocument,
    "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n": typeof types.MergeCartDocument,
    "\n  mutation AddItemsToCart($lines: [CartLineInput!]!) {\n    addItemsToCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n": typeof types.AddItemsToCartDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      id\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ProductCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      description\n      status\n      offerKind\n      dispatchTime\n      specs {\n        label\n        value\n      }\n      sizeGuide {\n        columns\n        rows {\n          size\n          values\n        }\n        note\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        availability\n        price {\n          amountMinor\n          currency\n        }\n      }\n      reviewEligibility\n      reviews(first: 10) {\n        nodes {\n          id\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          rating\n          body\n          verifiedPurchase\n          createdAt\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      related(first: 4) {\n        ...ProductCardFields\n      }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      id\n    }\n  }\n": typeof types.PostReviewDocument,
    "\n  fragment SavedAddressFields on SavedAddress {\n    id\n    name\n    line1\n    line2\n    city\n    postcode\n    country\n    isDefault\n  }\n": typeof types.SavedAddressFieldsFragmentDoc,
    "\n  query CheckoutOptions {\n    cart {\n      itemCount\n    }\n    shippingMethods {\n      id\n      name\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n        currency\n      }\n    }\n    taxRates {\n      country\n      rateBp\n      postcodePattern\n      postcodeExample\n    }\n    savedAddresses {\n      ...SavedAddressFields\n    }\n    paymentSettings {\n      provider\n      testMode\n      stripePublishableKey\n    }\n  }\n": typeof types.CheckoutOptionsDocument,
    "\n  query CheckoutQuote($shippingMethodId: ID!, $country: String!) {\n    checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {\n      itemCount\n      items {\n        quantity\n        available\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n        variant {\n          id\n          name\n          stock\n        }\n        product {\n          id\n          slug\n          name\n          sellerName\n        }\n        booking {\n          id\n          startsAt\n          endsAt\n          holdExpiresAt\n          timeZone\n        }\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      freeShipping\n      nothingToShip\n      freeShippingShortfall {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      taxRateBp\n      pricesIncludeTax\n      total {\n        amountMinor\n        currency\n      }\n      shippingMethod {\n        id\n        name\n      }\n      country\n    }\n  }\n": typeof types.CheckoutQuoteDocument,
    "\n  mutation PlaceOrder($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n        status\n        total {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query CommunityFeed($scope: FeedScope!, $kind: ContributionKind, $tag: String, $first: Int!, $after: String) {\n    communityFeed(scope: $scope, kind: $kind, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        excerpt\n        tags\n        publishedAt\n        commentCount\n        reactionCount\n        supportCount\n        author {\n          id\n          displayName\n          avatarUrl\n          badges {\n            kind\n            label\n          }\n        }\n        cover {\n          image {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommunityFeedDocument,
    "\n  query MemberContributions($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      contributions(first: $first, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          tags\n          publishedAt\n          commentCount\n          reactionCount\n          supportCount\n          author {\n            id\n            displayName\n            avatarUrl\n            badges {\n              kind\n              label\n            }\n          }\n          cover {\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MemberContributionsDocument,
    "\n  query Guide($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      guide {\n        id\n        difficulty\n        timeMinutes\n        completionCount\n        viewerMadeIt\n        steps {\n          id\n          number\n          title\n          body\n          bodyHtml\n          photos {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        tools {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        parts {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        completions {\n          id\n          noteHtml\n          createdAt\n          member {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n": typeof types.GuideDocument,
    "\n  query GuideProductChoices {\n    products(first: 100, sort: NAME) {\n      nodes {\n        id\n        name\n        category {\n          name\n        }\n        variants {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GuideProductChoicesDocument,
    "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateGuideDocument,
    "\n  mutation UpdateGuide($id: ID!, $input: UpdateGuideInput!) {\n    updateGuide(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateGuideDocument,
    "\n  mutation MarkGuideMade($input: MarkGuideMadeInput!) {\n    markGuideMade(input: $input) {\n      id\n    }\n  }\n": typeof types.MarkGuideMadeDocument,
    "\n  query ContributionActivity($id: ID!, $first: Int!, $after: String) {\n    contribution(id: $id) {\n      id\n      title\n      status\n      commentCount\n      reactionCount\n      viewerReactions\n      viewerFollows\n      viewerSaved\n      reactions {\n        kind\n        count\n      }\n      comments(first: $first, after: $after) {\n        nodes {\n          id\n          parentId\n          status\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          viewerCanEdit\n          author {\n            id\n            displayName\n            avatarUrl\n          }\n          replies {\n            id\n            parentId\n            status\n            body\n            bodyHtml\n            createdAt\n            editedAt\n            viewerCanEdit\n            author {\n              id\n              displayName\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ContributionActivityDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation React($id: ID!, $kind: ReactionKind!) {\n    react(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($id: ID!, $kind: ReactionKind!) {\n    unreact(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation FollowContribution($id: ID!) {\n    followContribution(contributionId: $id) {\n      id\n    }\n  }\n": typeof types.FollowContributionDocument,
    "\n  mutation UnfollowContribution($id: ID!) {\n    unfollowContribution(contributionId: $id) {\n      id\n    }\n  }\n": typeof types.UnfollowContributionDocument,
    "\n  mutation SaveToCollection($id: ID!, $collectionId: ID) {\n    saveToCollection(contributionId: $id, collectionId: $collectionId) {\n      id\n      name\n    }\n  }\n": typeof types.SaveToCollectionDocument,
    "\n  mutation RemoveFromCollection($collectionId: ID!, $id: ID!) {\n    removeFromCollection(collectionId: $collectionId, contributionId: $id) {\n      id\n    }\n  }\n": typeof types.RemoveFromCollectionDocument,
    "\n  query MemberFollow($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.MemberFollowDocument,
    "\n  mutation FollowMember($id: ID!) {\n    followMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.FollowMemberDocument,
    "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowMemberDocument,
    "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      isPublic\n      itemCount\n      createdAt\n    }\n  }\n": typeof types.MyCollectionsDocument,
    "\n  query Collection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      name\n      isPublic\n      itemCount\n      viewerIsOwner\n      owner {\n        id\n        displayName\n      }\n      items(first: 24, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n          }\n          cover {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      id\n      name\n      isPublic\n    }\n  }\n": typeof types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  query ContributionPreview($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      bodyHtml\n      publishedAt\n      commentCount\n      reactionCount\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.ContributionPreviewDocument,
    "\n  query SellerListings($vendorId: ID!, $first: Int!, $after: String) {\n    sellerListings(vendorId: $vendorId, first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SellerListingsDocument,
    "\n  query ListingEdit($productId: ID!) {\n    listing(productId: $productId) {\n      productId\n      status\n      reviewReason\n      submittedAt\n      sellerName\n      pendingRevision {\n        title\n        priceMinor\n        submittedAt\n      }\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          srcset\n          alt\n          width\n          height\n        }\n        variants {\n          id\n          name\n          stock\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n      sellerKind\n      sellerId\n      product {\n        id\n        category {\n          id\n        }\n        specs {\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.ListingEditDocument,
    "\n  query ListingCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.ListingCategoriesDocument,
    "\n  query ListingReviewQueue($first: Int!, $after: String) {\n    listingReviewQueue(first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ListingReviewQueueDocument,
    "\n  mutation CreateVendorListing($vendorId: ID!, $input: CreateVendorListingInput!) {\n    createVendorListing(vendorId: $vendorId, input: $input) {\n      productId\n      status\n    }\n  }\n": typeof types.CreateVendorListingDocument,
    "\n  mutation UpdateListing($productId: ID!, $input: UpdateListingInput!) {\n    updateListing(productId: $productId, input: $input) {\n      productId\n      status\n      pendingRevision {\n        title\n        priceMinor\n      }\n    }\n  }\n": typeof types.UpdateListingDocument,
    "\n  mutation SetListingStock($variantId: ID!, $stock: Int!) {\n    setListingStock(variantId: $variantId, stock: $stock) {\n      id\n      stock\n    }\n  }\n": typeof types.SetListingStockDocument,
    "\n  mutation WithdrawListing($productId: ID!) {\n    withdrawListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n": typeof types.WithdrawListingDocument,
    "\n  mutation ApproveListing($productId: ID!) {\n    approveListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n": typeof types.ApproveListingDocument,
    "\n  mutation RejectListing($productId: ID!, $reason: String!) {\n    rejectListing(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n": typeof types.RejectListingDocument,
    "\n  mutation ApproveListingRevision($productId: ID!) {\n    approveListingRevision(productId: $productId) {\n      productId\n      status\n    }\n  }\n": typeof types.ApproveListingRevisionDocument,
    "\n  mutation DeclineListingRevision($productId: ID!, $reason: String!) {\n    declineListingRevision(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n": typeof types.DeclineListingRevisionDocument,
    "\n  mutation RemoveBrandImage($slot: BrandImageSlot!) {\n    removeBrandImage(slot: $slot) {\n      id\n    }\n  }\n": typeof types.RemoveBrandImageDocument,
    "\n  query ManageProducts($status: ProductStatus, $search: String, $after: String) {\n    manageProducts(status: $status, filter: { search: $search, sellerKind: BRAND }, first: 20, after: $after, sort: NAME) {\n      nodes {\n        id\n        slug\n        name\n        status\n        category {\n          name\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n        priceFrom {\n          amountMinor\n          currency\n        }\n        variants {\n          id\n          stock\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ManageProductsDocument,
    "\n  mutation SetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetProductStatusDocument,
    "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateProductVariant(id: $id, input: $input) {\n      id\n      stock\n      price {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.UpdateVariantDocument,
    "\n  mutation AdjustVariantStock($variantId: ID!, $delta: Int!) {\n    adjustVariantStock(variantId: $variantId, delta: $delta) {\n      id\n      stock\n    }\n  }\n": typeof types.AdjustVariantStockDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query EditProduct($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      category {\n        id\n      }\n      images {\n        ...ManagedPhoto\n      }\n      specs {\n        label\n        value\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": typeof types.EditProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation AddProductVariant($productId: ID!, $input: VariantInput!) {\n    addProductVariant(productId: $productId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddProductVariantDocument,
    "\n  query ManageCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.ManageCategoriesDocument,
    "\n  fragment ManagedPhoto on ProductImage {\n    id\n    url\n    alt\n    width\n    height\n    srcset\n    position\n  }\n": typeof types.ManagedPhotoFragmentDoc,
    "\n  mutation UpdateProductImage($id: ID!, $alt: String!) {\n    updateProductImage(id: $id, alt: $alt) {\n      ...ManagedPhoto\n    }\n  }\n": typeof types.UpdateProductImageDocument,
    "\n  mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {\n    reorderProductImages(productId: $productId, imageIds: $imageIds) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n": typeof types.ReorderProductImagesDocument,
    "\n  mutation SetMainProductImage($id: ID!) {\n    setMainProductImage(id: $id) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n": typeof types.SetMainProductImageDocument,
    "\n  mutation RemoveProductImage($id: ID!) {\n    removeProductImage(id: $id)\n  }\n": typeof types.RemoveProductImageDocument,
    "\n  query ManageShopSettings {\n    manageShippingMethods {\n      id\n      name\n      active\n      position\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n      }\n    }\n    taxRates {\n      country\n      rateBp\n    }\n    shopSettings {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n": typeof types.ManageShopSettingsDocument,
    "\n  mutation CreateShippingMethod($input: ShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateShippingMethodDocument,
    "\n  mutation UpdateShippingMethod($id: ID!, $input: UpdateShippingMethodInput!) {\n    updateShippingMethod(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.UpdateShippingMethodDocument,
    "\n  mutation SetTaxRate($country: String!, $rateBp: Int!) {\n    setTaxRate(country: $country, rateBp: $rateBp) {\n      country\n      rateBp\n    }\n  }\n": typeof types.SetTaxRateDocument,
    "\n  mutation RemoveTaxRate($country: String!) {\n    removeTaxRate(country: $country)\n  }\n": typeof types.RemoveTaxRateDocument,
    "\n  mutation UpdateShopSettings($input: ShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n": typeof types.UpdateShopSettingsDocument,
    "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      member {\n        id\n        badges {\n          kind\n          label\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation GrantRole($accountId: ID!, $role: Role!) {\n    grantRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($accountId: ID!, $role: Role!) {\n    revokeRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation GrantBadge($accountId: ID!, $badge: GrantedBadge!) {\n    grantBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n": typeof types.GrantBadgeDocument,
    "\n  mutation RevokeBadge($accountId: ID!, $badge: GrantedBadge!) {\n    revokeBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n": typeof types.RevokeBadgeDocument,
    "\n  query BuyerOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        total {\n          amountMinor\n          currency\n        }\n        refunded {\n          amountMinor\n          currency\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        refunds {\n          id\n          status\n          createdAt\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuyerOrderPartsDocument,
    "\n  query ManagedOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagedOrderPartsDocument,
    "\n  query VendorOrderParts($vendorId: ID!, $status: OrderPartStatus, $after: String) {\n    vendorOrderParts(vendorId: $vendorId, status: $status, first: 10, after: $after) {\n      nodes {\n        id\n        status\n        createdAt\n        refunded {\n          amountMinor\n          currency\n        }\n        shipTo {\n          name\n          city\n          country\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VendorOrderPartsDocument,
    "\n  mutation FulfilOrderPart($partId: ID!) {\n    fulfilOrderPart(partId: $partId) {\n      id\n      status\n    }\n  }\n": typeof types.FulfilOrderPartDocument,
    "\n  mutation RefundOrderPart($partId: ID!, $amountMinor: SafeInt!, $refundKey: ID!, $reason: String!) {\n    refundOrderPart(partId: $partId, amountMinor: $amountMinor, refundKey: $refundKey, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RefundOrderPartDocument,
    "\n  query MarketplaceSettings {\n    marketplaceSettings {\n      defaultCommissionBp\n      defaultCommissionFloorMinor\n      defaultCommissionCapMinor\n      resaleFeeBp\n      bookingHoldMinutes\n      cancellationNoticeHours\n      reviewRevealDays\n      claimWindowDays\n    }\n    commissionRules {\n      id\n      vendorId\n      vendorName\n      categoryId\n      categoryName\n      bp\n      floorMinor\n      capMinor\n    }\n    commissionRuleVendors {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.MarketplaceSettingsDocument,
    "\n  mutation UpdateMarketplaceSettings($input: UpdateMarketplaceSettingsInput!) {\n    updateMarketplaceSettings(input: $input) {\n      defaultCommissionBp\n    }\n  }\n": typeof types.UpdateMarketplaceSettingsDocument,
    "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      id\n    }\n  }\n": typeof types.SetCommissionRuleDocument,
    "\n  mutation RemoveCommissionRule($id: ID!) {\n    removeCommissionRule(id: $id)\n  }\n": typeof types.RemoveCommissionRuleDocument,
    "\n  query OrderConfirmation($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      buyer {\n        id\n        displayName\n      }\n      shippingMethodName\n      pricesIncludeTax\n      taxRateBp\n      reservationExpiresAt\n      cancelReason\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      total {\n        amountMinor\n        currency\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postcode\n        country\n      }\n      lines {\n        id\n        productName\n        variantName\n        offerKind\n        quantity\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        status\n        testMode\n      }\n    }\n  }\n": typeof types.OrderConfirmationDocument,
    "\n  query ManageOrders($status: OrderStatus, $search: String, $after: String) {\n    manageOrders(status: $status, search: $search, first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n        buyer {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ManageOrdersDocument,
    "\n  query ManageOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      buyer {\n        id\n        displayName\n      }\n      payment {\n        provider\n        status\n        testMode\n      }\n      refunds {\n        ...OrderRefundFields\n        reason\n        requestedBy {\n          id\n          displayName\n        }\n      }\n    }\n    orderBuyer(orderId: $id) {\n      id\n      email\n    }\n    orderHistory(orderId: $id) {\n      id\n      type\n      occurredAt\n      reason\n      amount {\n        amountMinor\n        currency\n      }\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ManageOrderDocument,
    "\n  mutation FulfilOrder($id: ID!) {\n    fulfilOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.FulfilOrderDocument,
    "\n  mutation RefundOrder($orderId: ID!, $amountMinor: SafeInt, $refundKey: ID!) {\n    refundOrder(orderId: $orderId, amountMinor: $amountMinor, refundKey: $refundKey) {\n      id\n      status\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      amountMinor\n      currency\n    }\n  }\n": typeof types.OrderSummaryFieldsFragmentDoc,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  fragment OrderRefundFields on OrderRefund {\n    id\n    status\n    createdAt\n    updatedAt\n    amount {\n      amountMinor\n      currency\n    }\n  }\n": typeof types.OrderRefundFieldsFragmentDoc,
    "\n  fragment OrderDetailFields on Order {\n    pricesIncludeTax\n    taxRateBp\n    shippingMethodName\n    subtotal {\n      amountMinor\n      currency\n    }\n    shipping {\n      amountMinor\n      currency\n    }\n    tax {\n      amountMinor\n      currency\n    }\n    total {\n      amountMinor\n      currency\n    }\n    refunded {\n      amountMinor\n      currency\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n    }\n    lines {\n      id\n      sku\n      productName\n      variantName\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      quantity\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.OrderDetailFieldsFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n      refunds {\n        ...OrderRefundFields\n      }\n    }\n    paymentSettings {\n      stripePublishableKey\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  query PayoutDashboard($kind: SellerKind!, $id: ID!) {\n    payoutAccount(sellerKind: $kind, sellerId: $id) {\n      status\n      provider\n      testMode\n      payoutsEnabled\n    }\n    sellerBalance(sellerKind: $kind, sellerId: $id) {\n      currency\n      owed {\n        amountMinor\n        currency\n      }\n      held {\n        amountMinor\n        currency\n      }\n      paidOut {\n        amountMinor\n        currency\n      }\n    }\n    sellerPayouts(sellerKind: $kind, sellerId: $id) {\n      id\n      orderPartId\n      status\n      testMode\n      providerTransferId\n      blockedReason\n      sentAt\n      createdAt\n      amount {\n        amountMinor\n        currency\n      }\n      reversed {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.PayoutDashboardDocument,
    "\n  mutation StartPayoutOnboarding($kind: SellerKind!, $id: ID!) {\n    startPayoutOnboarding(sellerKind: $kind, sellerId: $id) {\n      url\n      account {\n        status\n        testMode\n      }\n    }\n  }\n": typeof types.StartPayoutOnboardingDocument,
    "\n  query MemberProfile($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      displayName\n      badges {\n        kind\n        label\n      }\n      bio\n      bioHtml\n      avatarUrl\n      joinedAt\n      reviews(first: 5, after: $after) {\n        nodes {\n          id\n          rating\n          body\n          createdAt\n          verifiedPurchase\n          product {\n            name\n            slug\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      member {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n        bio\n        avatarUrl\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      bio\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation RemoveMyAvatar {\n    removeMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n": typeof types.RemoveMyAvatarDocument,
    "\n  fragment UsedItemCard on UsedItem {\n    productId\n    kind\n    condition\n    brand\n    model\n    frameSize\n    year\n    sellerName\n    title\n    slug\n    price {\n      amountMinor\n      currency\n    }\n    photo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": typeof types.UsedItemCardFragmentDoc,
    "\n  query UsedMarket($kind: UsedItemKind, $after: String) {\n    usedItems(kind: $kind, first: 24, after: $after) {\n      nodes {\n        ...UsedItemCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsedMarketDocument,
    "\n  query UsedItemPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      offerKind\n      images {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      variants {\n        id\n        name\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n      usedItem {\n        productId\n        sellerId\n        kind\n        condition\n        brand\n        model\n        frameSize\n        year\n        frameSerialMasked\n        handoverNote\n        sellerName\n        sold\n      }\n    }\n  }\n": typeof types.UsedItemPageDocument,
    "\n  query Selling {\n    mySellerAttestation {\n      adultConfirmedAt\n    }\n    myUsedItems {\n      ...UsedItemCard\n      listingStatus\n      frameSerial\n      sold\n      createdAt\n    }\n    myUsedSales {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.SellingDocument,
    "\n  fragment UsedSaleFields on UsedSale {\n    partId\n    orderId\n    stage\n    fundsStatus\n    paid {\n      amountMinor\n      currency\n    }\n    sellerNet {\n      amountMinor\n      currency\n    }\n    shippedAt\n    trackingCode\n    deliveredAt\n    releaseAfter\n    receivedAt\n    claimable\n    viewerIsSeller\n    viewerIsBuyer\n    claim {\n      id\n      reason\n      details\n      status\n      outcome\n      decisionNote\n      createdAt\n    }\n    item {\n      productId\n      brand\n      model\n      kind\n      sellerId\n      sellerName\n      product {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.UsedSaleFieldsFragmentDoc,
    "\n  query UsedSalesOfOrder($orderId: ID!) {\n    usedSalesOfOrder(orderId: $orderId) {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.UsedSalesOfOrderDocument,
    "\n  query ClaimQueue($includeDecided: Boolean!) {\n    claimQueue(includeDecided: $includeDecided) {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.ClaimQueueDocument,
    "\n  query StolenBikes {\n    stolenBikes(first: 200) {\n      id\n      serial\n      source\n      note\n      createdAt\n    }\n  }\n": typeof types.StolenBikesDocument,
    "\n  mutation ConfirmAdultSeller {\n    confirmAdultSeller {\n      adultConfirmedAt\n    }\n  }\n": typeof types.ConfirmAdultSellerDocument,
    "\n  mutation ListUsedItem($input: ListUsedItemInput!) {\n    listUsedItem(input: $input) {\n      productId\n      product {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.ListUsedItemDocument,
    "\n  mutation WithdrawUsedItem($productId: ID!) {\n    withdrawUsedItem(productId: $productId) {\n      productId\n    }\n  }\n": typeof types.WithdrawUsedItemDocument,
    "\n  mutation MarkUsedItemShipped($partId: ID!, $tracking: String) {\n    markUsedItemShipped(partId: $partId, tracking: $tracking) {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.MarkUsedItemShippedDocument,
    "\n  mutation MarkUsedItemDelivered($partId: ID!) {\n    markUsedItemDelivered(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.MarkUsedItemDeliveredDocument,
    "\n  mutation ConfirmUsedItemReceived($partId: ID!) {\n    confirmUsedItemReceived(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n": typeof types.ConfirmUsedItemReceivedDocument,
    "\n  mutation OpenClaim($input: OpenClaimInput!) {\n    openClaim(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenClaimDocument,
    "\n  mutation DecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      outcome\n    }\n  }\n": typeof types.DecideClaimDocument,
    "\n  mutation ReportStolenBike($serial: String!, $note: String) {\n    reportStolenBike(serial: $serial, note: $note) {\n      id\n      serial\n    }\n  }\n": typeof types.ReportStolenBikeDocument,
    "\n  mutation ImportStolenBikes($csv: String!) {\n    importStolenBikes(csv: $csv) {\n      added\n      duplicates\n      blockedListings\n      problems {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportStolenBikesDocument,
    "\n  query RoutePage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      photos {\n        id\n        caption\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      route {\n        distanceM\n        elevationGainM\n        elevationLossM\n        durationS\n        pointCount\n        polylines\n        start {\n          lat\n          lng\n        }\n        elevationProfile {\n          distanceM\n          ele\n        }\n        viewerSeesWholeTrack\n        gpxUrl\n        photoPins {\n          id\n          caption\n          distanceM\n          point {\n            lat\n            lng\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n        leaderboard(first: 10) {\n          rank\n          durationS\n          riddenOn\n          rides\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoutePageDocument,
    "\n  mutation LogRide($input: LogRideInput!) {\n    logRide(input: $input) {\n      id\n      durationS\n      personalBest\n    }\n  }\n": typeof types.LogRideDocument,
    "\n  query RouteImport($id: ID!) {\n    routeImport(id: $id) {\n      id\n      status\n      progress\n      error\n      fileName\n      name\n      distanceM\n      elevationGainM\n      pointCount\n    }\n  }\n": typeof types.RouteImportDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRouteDocument,
    "\n  query PrivacyZones {\n    privacyZones {\n      id\n      lat\n      lng\n      radiusM\n      createdAt\n    }\n  }\n": typeof types.PrivacyZonesDocument,
    "\n  mutation AddPrivacyZone($input: AddPrivacyZoneInput!) {\n    addPrivacyZone(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPrivacyZoneDocument,
    "\n  mutation RemovePrivacyZone($id: ID!) {\n    removePrivacyZone(id: $id) {\n      id\n    }\n  }\n": typeof types.RemovePrivacyZoneDocument,
    "\n  mutation PinRoutePhoto($input: PinRoutePhotoInput!) {\n    pinRoutePhoto(input: $input) {\n      id\n    }\n  }\n": typeof types.PinRoutePhotoDocument,
    "\n  mutation UnpinRoutePhoto($routeId: ID!, $photoId: ID!) {\n    unpinRoutePhoto(routeId: $routeId, photoId: $photoId) {\n      id\n    }\n  }\n": typeof types.UnpinRoutePhotoDocument,
    "\n  query VendorDashboard($vendorId: ID!, $period: DashboardPeriod!) {\n    vendorDashboard(vendorId: $vendorId, period: $period) {\n      vendorId\n      vendorName\n      period\n      from\n      to\n      currency\n      listings {\n        status\n        count\n      }\n      listingsWithPendingRevision\n      orderParts {\n        status\n        count\n      }\n      partsToFulfil\n      sales {\n        parts\n        gross {\n          amountMinor\n          currency\n        }\n        commission {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        refunds {\n          amountMinor\n          currency\n        }\n      }\n      balance {\n        owed {\n          amountMinor\n          currency\n        }\n        held {\n          amountMinor\n          currency\n        }\n      }\n      ratings {\n        average\n        count\n        ratedProducts\n      }\n      customers {\n        customers\n        newCustomers\n        repeatCustomers\n        allTime\n      }\n    }\n  }\n": typeof types.VendorDashboardDocument,
    "\n  query MarketplaceSummary($period: DashboardPeriod!) {\n    brandMarketplaceSummary(period: $period) {\n      period\n      from\n      to\n      currency\n      commissionEarned {\n        amountMinor\n        currency\n      }\n      commissionAllTime {\n        amountMinor\n        currency\n      }\n      salesBySellerKind {\n        sellerKind\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n      activeVendors\n      sellingVendors\n      newVendorCustomers\n      vendors {\n        vendorId\n        name\n        status\n        newCustomers\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.MarketplaceSummaryDocument,
    "\n  query ProductSeller($slug: String!) {\n    product(slug: $slug) {\n      id\n      vendor {\n        id\n        slug\n        name\n        serviceArea\n      }\n    }\n  }\n": typeof types.ProductSellerDocument,
    "\n  query VendorDirectory($first: Int, $after: String) {\n    vendors(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        serviceArea\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VendorDirectoryDocument,
    "\n  query Vendor($slug: String!) {\n    vendor(slug: $slug) {\n      id\n      slug\n      name\n      description\n      website\n      serviceArea\n      status\n      suspensionReason\n      createdAt\n      categories {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.VendorDocument,
    "\n  query VendorOffers($sellerId: ID!, $offerKind: OfferKind!) {\n    products(filter: { sellerId: $sellerId, offerKind: $offerKind }, first: 24) {\n      nodes {\n        id\n        slug\n        name\n        offerKind\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n    }\n  }\n": typeof types.VendorOffersDocument,
    "\n  query VendorServiceOffers($vendorId: ID!) {\n    services(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      mode\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": typeof types.VendorServiceOffersDocument,
    "\n  query MyVendorApplication {\n    myVendorApplication {\n      id\n      status\n      businessName\n      reason\n      createdAt\n      decidedAt\n      vendor {\n        id\n        slug\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.MyVendorApplicationDocument,
    "\n  mutation ApplyAsVendor($input: ApplyAsVendorInput!) {\n    applyAsVendor(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApplyAsVendorDocument,
    "\n  query VendorApplications($status: VendorApplicationStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      nodes {\n        id\n        status\n        businessName\n        description\n        website\n        serviceArea\n        reason\n        createdAt\n        applicant {\n          id\n          displayName\n        }\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VendorApplicationsDocument,
    "\n  query ManageVendors($after: String) {\n    manageVendors(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        serviceArea\n        status\n        suspensionReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ManageVendorsDocument,
    "\n  mutation ApproveVendorApplication($id: ID!) {\n    approveVendorApplication(id: $id) {\n      id\n      status\n      vendor {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.ApproveVendorApplicationDocument,
    "\n  mutation RejectVendorApplication($id: ID!, $reason: String!) {\n    rejectVendorApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectVendorApplicationDocument,
    "\n  mutation SuspendVendor($vendorId: ID!, $reason: String!) {\n    suspendVendor(vendorId: $vendorId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendVendorDocument,
    "\n  mutation ReinstateVendor($vendorId: ID!) {\n    reinstateVendor(vendorId: $vendorId) {\n      id\n      status\n    }\n  }\n": typeof types.ReinstateVendorDocument,
    "\n  query VendorTeam($vendorId: ID!) {\n    vendorTeam(vendorId: $vendorId) {\n      accountId\n      displayName\n      role\n      joinedAt\n    }\n  }\n": typeof types.VendorTeamDocument,
    "\n  mutation InviteVendorStaff($vendorId: ID!, $email: String!) {\n    inviteVendorStaff(vendorId: $vendorId, email: $email) {\n      accountId\n    }\n  }\n": typeof types.InviteVendorStaffDocument,
    "\n  mutation RemoveVendorStaff($vendorId: ID!, $accountId: ID!) {\n    removeVendorStaff(vendorId: $vendorId, accountId: $accountId) {\n      accountId\n    }\n  }\n": typeof types.RemoveVendorStaffDocument,
    "\n  fragment BrandFields on Brand {\n    name\n    tagline\n    currency\n    primaryColor\n    accentColor\n    hero {\n      eyebrow\n      title\n      text\n      ctaLabel\n      ctaHref\n    }\n    logo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n    heroImage {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": typeof types.BrandFieldsFragmentDoc,
    "\n  query Brand {\n    brand {\n      ...BrandFields\n    }\n  }\n": typeof types.BrandDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      memberships {\n        role\n        organisation {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
};
const documents: Documents = {
    "\n  query AddressBook {\n    savedAddresses {\n      id\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n      isDefault\n    }\n    taxRates {\n      country\n      postcodePattern\n      postcodeExample\n    }\n  }\n": types.AddressBookDocument,
    "\n  mutation AddSavedAddress($input: SavedAddressInput!) {\n    addSavedAddress(input: $input) {\n      id\n    }\n  }\n": types.AddSavedAddressDocument,
    "\n  mutation UpdateSavedAddress($id: ID!, $input: SavedAddressInput!) {\n    updateSavedAddress(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateSavedAddressDocument,
    "\n  mutation RemoveSavedAddress($id: ID!) {\n    removeSavedAddress(id: $id) {\n      id\n    }\n  }\n": types.RemoveSavedAddressDocument,
    "\n  mutation SetDefaultSavedAddress($id: ID!) {\n    setDefaultSavedAddress(id: $id) {\n      id\n    }\n  }\n": types.SetDefaultSavedAddressDocument,
    "\n  query ProductQuestions($slug: String!, $after: String) {\n    product(slug: $slug) {\n      id\n      name\n      questions(first: 5, after: $after) {\n        nodes {\n          id\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          answers {\n            id\n          }\n          acceptedAnswer {\n            id\n            bodyHtml\n            expert {\n              reason\n              label\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProductQuestionsDocument,
    "\n  query AdvicePost($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      asksAdvice\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      product {\n        id\n        slug\n        name\n      }\n      project {\n        id\n        title\n      }\n      answers {\n        id\n        bodyHtml\n        createdAt\n        accepted\n        expert {\n          reason\n          label\n        }\n        author {\n          id\n          displayName\n          badges {\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": types.AdvicePostDocument,
    "\n  query AdviceProject($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      viewerCanEdit\n    }\n  }\n": types.AdviceProjectDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      kind\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation PostProjectUpdate($input: PostProjectUpdateInput!) {\n    postProjectUpdate(input: $input) {\n      id\n      kind\n    }\n  }\n": types.PostProjectUpdateDocument,
    "\n  mutation UpdateProjectUpdate($id: ID!, $input: UpdateProjectUpdateInput!) {\n    updateProjectUpdate(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n": types.UpdateProjectUpdateDocument,
    "\n  mutation PostAnswer($input: AnswerInput!) {\n    answer(input: $input) {\n      id\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  query CategoryExperts {\n    categoryExperts {\n      appointedAt\n      member {\n        id\n        displayName\n      }\n      category {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    accounts {\n      id\n      displayName\n      email\n    }\n  }\n": types.CategoryExpertsDocument,
    "\n  mutation SetCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    setCategoryExpert(accountId: $accountId, categoryId: $categoryId) {\n      appointedAt\n    }\n  }\n": types.SetCategoryExpertDocument,
    "\n  mutation RemoveCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    removeCategoryExpert(accountId: $accountId, categoryId: $categoryId)\n  }\n": types.RemoveCategoryExpertDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment ServiceCardFields on ServiceOffer {\n    productId\n    durationMinutes\n    capacity\n    mode\n    location\n    timeZone\n    product {\n      id\n      slug\n      name\n      description\n      priceFrom {\n        amountMinor\n        currency\n      }\n    }\n    vendor {\n      id\n      name\n      slug\n    }\n  }\n": types.ServiceCardFieldsFragmentDoc,
    "\n  query Services {\n    services {\n      ...ServiceCardFields\n    }\n  }\n": types.ServicesDocument,
    "\n  query Service($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceCardFields\n      product {\n        id\n        status\n        variants {\n          id\n        }\n      }\n      vendor {\n        id\n        serviceArea\n        serviceRating {\n          average\n          count\n        }\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        seatsLeft\n      }\n    }\n  }\n": types.ServiceDocument,
    "\n  mutation HoldSlot($slotId: ID!) {\n    holdSlot(slotId: $slotId) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n": types.HoldSlotDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    status\n    seats\n    startsAt\n    endsAt\n    amountMinor\n    currency\n    refundedMinor\n    refundableUntil\n    meetingUrl\n    cancelReason\n    buyerName\n    viewerIsBuyer\n    service {\n      productId\n      mode\n      location\n      timeZone\n      durationMinutes\n    }\n    product {\n      id\n      slug\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    reviews {\n      authorSide\n      rating\n      text\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query MyBookings {\n    myBookings {\n      ...BookingFields\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query VendorBookings($vendorId: ID!, $after: String) {\n    vendorBookings(vendorId: $vendorId, first: 15, after: $after) {\n      nodes {\n        ...BookingFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VendorBookingsDocument,
    "\n  query VendorServices($vendorId: ID!) {\n    vendorServices(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      capacity\n      timeZone\n      product {\n        id\n        slug\n        name\n        status\n      }\n      vendorSlots {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n      }\n    }\n  }\n": types.VendorServicesDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      refundedMinor\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConfirmBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation ReviewBooking($input: ReviewBookingInput!) {\n    reviewBooking(input: $input) {\n      authorSide\n      rating\n    }\n  }\n": types.ReviewBookingDocument,
    "\n  mutation AddServiceSlots($input: AddServiceSlotsInput!) {\n    addServiceSlots(input: $input) {\n      id\n    }\n  }\n": types.AddServiceSlotsDocument,
    "\n  mutation RemoveServiceSlot($slotId: ID!) {\n    removeServiceSlot(slotId: $slotId)\n  }\n": types.RemoveServiceSlotDocument,
    "\n  mutation CreateServiceListing($input: CreateServiceListingInput!) {\n    createServiceListing(input: $input) {\n      productId\n    }\n  }\n": types.CreateServiceListingDocument,
    "\n  query ServiceCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.ServiceCategoriesDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.UpdateBrandDocument,
    "\n  query BuildPage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        state\n        supporters\n        stageNumber\n        stageCount\n        stageTarget\n        stageDeadline\n        viewerSupports\n        viewerCanSupport\n        declineReason\n        royaltyBp\n        parts {\n          id\n          label\n          quantity\n          note\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BuildPageDocument,
    "\n  mutation SupportBuild($buildId: ID!) {\n    supportBuild(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n": types.SupportBuildDocument,
    "\n  mutation WithdrawBuildSupport($buildId: ID!) {\n    withdrawBuildSupport(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n": types.WithdrawBuildSupportDocument,
    "\n  mutation CreateBuild($input: CreateBuildInput!) {\n    createBuild(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateBuildDocument,
    "\n  mutation UpdateBuild($input: UpdateBuildInput!) {\n    updateBuild(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateBuildDocument,
    "\n  query ShopParts {\n    products(first: 100, sort: NEWEST) {\n      nodes {\n        id\n        name\n        variants {\n          id\n          name\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.ShopPartsDocument,
    "\n  query BuildReviewQueue {\n    buildReviewQueue {\n      id\n      title\n      excerpt\n      author {\n        id\n        displayName\n      }\n      cover {\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        supporters\n        enteredReviewAt\n        parts {\n          id\n        }\n      }\n    }\n    categories {\n      id\n      name\n    }\n    buildSupportStages {\n      supporters\n      windowDays\n    }\n  }\n": types.BuildReviewQueueDocument,
    "\n  mutation AcceptBuild($input: AcceptBuildInput!) {\n    acceptBuild(input: $input) {\n      id\n      build {\n        id\n        state\n        product {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.AcceptBuildDocument,
    "\n  mutation DeclineBuild($input: DeclineBuildInput!) {\n    declineBuild(input: $input) {\n      id\n      build {\n        id\n        state\n      }\n    }\n  }\n": types.DeclineBuildDocument,
    "\n  mutation SetBuildSupportStages($input: SetBuildSupportStagesInput!) {\n    setBuildSupportStages(input: $input) {\n      supporters\n      windowDays\n    }\n  }\n": types.SetBuildSupportStagesDocument,
    "\n  fragment CartFields on Cart {\n    itemCount\n    subtotal {\n      amountMinor\n      currency\n    }\n    items {\n      quantity\n      available\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n      variant {\n        id\n        name\n        stock\n      }\n      product {\n        id\n        slug\n        name\n        sellerName\n        offerKind\n      }\n      booking {\n        id\n        startsAt\n        endsAt\n        holdExpiresAt\n        timeZone\n      }\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n    }\n  }\n": types.CartFieldsFragmentDoc,
    "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n": types.CartDocument,
    "\n  query CartPreview($lines: [CartLineInput!]!) {\n    cartPreview(lines: $lines) {\n      ...CartFields\n    }\n  }\n": types.CartPreviewDocument,
    "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {\n    setCartQuantity(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": types.SetCartQuantityDocument,
    "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n": types.MergeCartDocument,
    "\n  mutation AddItemsToCart($lines: [CartLineInput!]!) {\n    addItemsToCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n": types.AddItemsToCartDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      id\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ProductCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      description\n      status\n      offerKind\n      dispatchTime\n      specs {\n        label\n        value\n      }\n      sizeGuide {\n        columns\n        rows {\n          size\n          values\n        }\n        note\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        availability\n        price {\n          amountMinor\n          currency\n        }\n      }\n      reviewEligibility\n      reviews(first: 10) {\n        nodes {\n          id\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          rating\n          body\n          verifiedPurchase\n          createdAt\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      related(first: 4) {\n        ...ProductCardFields\n      }\n    }\n  }\n": types.ProductDocument,
    "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      id\n    }\n  }\n": types.PostReviewDocument,
    "\n  fragment SavedAddressFields on SavedAddress {\n    id\n    name\n    line1\n    line2\n    city\n    postcode\n    country\n    isDefault\n  }\n": types.SavedAddressFieldsFragmentDoc,
    "\n  query CheckoutOptions {\n    cart {\n      itemCount\n    }\n    shippingMethods {\n      id\n      name\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n        currency\n      }\n    }\n    taxRates {\n      country\n      rateBp\n      postcodePattern\n      postcodeExample\n    }\n    savedAddresses {\n      ...SavedAddressFields\n    }\n    paymentSettings {\n      provider\n      testMode\n      stripePublishableKey\n    }\n  }\n": types.CheckoutOptionsDocument,
    "\n  query CheckoutQuote($shippingMethodId: ID!, $country: String!) {\n    checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {\n      itemCount\n      items {\n        quantity\n        available\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n        variant {\n          id\n          name\n          stock\n        }\n        product {\n          id\n          slug\n          name\n          sellerName\n        }\n        booking {\n          id\n          startsAt\n          endsAt\n          holdExpiresAt\n          timeZone\n        }\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      freeShipping\n      nothingToShip\n      freeShippingShortfall {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      taxRateBp\n      pricesIncludeTax\n      total {\n        amountMinor\n        currency\n      }\n      shippingMethod {\n        id\n        name\n      }\n      country\n    }\n  }\n": types.CheckoutQuoteDocument,
    "\n  mutation PlaceOrder($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n        status\n        total {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query CommunityFeed($scope: FeedScope!, $kind: ContributionKind, $tag: String, $first: Int!, $after: String) {\n    communityFeed(scope: $scope, kind: $kind, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        excerpt\n        tags\n        publishedAt\n        commentCount\n        reactionCount\n        supportCount\n        author {\n          id\n          displayName\n          avatarUrl\n          badges {\n            kind\n            label\n          }\n        }\n        cover {\n          image {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommunityFeedDocument,
    "\n  query MemberContributions($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      contributions(first: $first, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          tags\n          publishedAt\n          commentCount\n          reactionCount\n          supportCount\n          author {\n            id\n            displayName\n            avatarUrl\n            badges {\n              kind\n              label\n            }\n          }\n          cover {\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MemberContributionsDocument,
    "\n  query Guide($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      guide {\n        id\n        difficulty\n        timeMinutes\n        completionCount\n        viewerMadeIt\n        steps {\n          id\n          number\n          title\n          body\n          bodyHtml\n          photos {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        tools {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        parts {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        completions {\n          id\n          noteHtml\n          createdAt\n          member {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n": types.GuideDocument,
    "\n  query GuideProductChoices {\n    products(first: 100, sort: NAME) {\n      nodes {\n        id\n        name\n        category {\n          name\n        }\n        variants {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GuideProductChoicesDocument,
    "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateGuideDocument,
    "\n  mutation UpdateGuide($id: ID!, $input: UpdateGuideInput!) {\n    updateGuide(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateGuideDocument,
    "\n  mutation MarkGuideMade($input: MarkGuideMadeInput!) {\n    markGuideMade(input: $input) {\n      id\n    }\n  }\n": types.MarkGuideMadeDocument,
    "\n  query ContributionActivity($id: ID!, $first: Int!, $after: String) {\n    contribution(id: $id) {\n      id\n      title\n      status\n      commentCount\n      reactionCount\n      viewerReactions\n      viewerFollows\n      viewerSaved\n      reactions {\n        kind\n        count\n      }\n      comments(first: $first, after: $after) {\n        nodes {\n          id\n          parentId\n          status\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          viewerCanEdit\n          author {\n            id\n            displayName\n            avatarUrl\n          }\n          replies {\n            id\n            parentId\n            status\n            body\n            bodyHtml\n            createdAt\n            editedAt\n            viewerCanEdit\n            author {\n              id\n              displayName\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ContributionActivityDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n": types.PostCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation React($id: ID!, $kind: ReactionKind!) {\n    react(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($id: ID!, $kind: ReactionKind!) {\n    unreact(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation FollowContribution($id: ID!) {\n    followContribution(contributionId: $id) {\n      id\n    }\n  }\n": types.FollowContributionDocument,
    "\n  mutation UnfollowContribution($id: ID!) {\n    unfollowContribution(contributionId: $id) {\n      id\n    }\n  }\n": types.UnfollowContributionDocument,
    "\n  mutation SaveToCollection($id: ID!, $collectionId: ID) {\n    saveToCollection(contributionId: $id, collectionId: $collectionId) {\n      id\n      name\n    }\n  }\n": types.SaveToCollectionDocument,
    "\n  mutation RemoveFromCollection($collectionId: ID!, $id: ID!) {\n    removeFromCollection(collectionId: $collectionId, contributionId: $id) {\n      id\n    }\n  }\n": types.RemoveFromCollectionDocument,
    "\n  query MemberFollow($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      followerCount\n      viewerFollows\n    }\n  }\n": types.MemberFollowDocument,
    "\n  mutation FollowMember($id: ID!) {\n    followMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.FollowMemberDocument,
    "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.UnfollowMemberDocument,
    "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      isPublic\n      itemCount\n      createdAt\n    }\n  }\n": types.MyCollectionsDocument,
    "\n  query Collection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      name\n      isPublic\n      itemCount\n      viewerIsOwner\n      owner {\n        id\n        displayName\n      }\n      items(first: 24, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n          }\n          cover {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      id\n      name\n      isPublic\n    }\n  }\n": types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id) {\n      id\n    }\n  }\n": types.DeleteCollectionDocument,
    "\n  query ContributionPreview($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      bodyHtml\n      publishedAt\n      commentCount\n      reactionCount\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.ContributionPreviewDocument,
    "\n  query SellerListings($vendorId: ID!, $first: Int!, $after: String) {\n    sellerListings(vendorId: $vendorId, first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SellerListingsDocument,
    "\n  query ListingEdit($productId: ID!) {\n    listing(productId: $productId) {\n      productId\n      status\n      reviewReason\n      submittedAt\n      sellerName\n      pendingRevision {\n        title\n        priceMinor\n        submittedAt\n      }\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          srcset\n          alt\n          width\n          height\n        }\n        variants {\n          id\n          name\n          stock\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n      sellerKind\n      sellerId\n      product {\n        id\n        category {\n          id\n        }\n        specs {\n          label\n          value\n        }\n      }\n    }\n  }\n": types.ListingEditDocument,
    "\n  query ListingCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.ListingCategoriesDocument,
    "\n  query ListingReviewQueue($first: Int!, $after: String) {\n    listingReviewQueue(first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ListingReviewQueueDocument,
    "\n  mutation CreateVendorListing($vendorId: ID!, $input: CreateVendorListingInput!) {\n    createVendorListing(vendorId: $vendorId, input: $input) {\n      productId\n      status\n    }\n  }\n": types.CreateVendorListingDocument,
    "\n  mutation UpdateListing($productId: ID!, $input: UpdateListingInput!) {\n    updateListing(productId: $productId, input: $input) {\n      productId\n      status\n      pendingRevision {\n        title\n        priceMinor\n      }\n    }\n  }\n": types.UpdateListingDocument,
    "\n  mutation SetListingStock($variantId: ID!, $stock: Int!) {\n    setListingStock(variantId: $variantId, stock: $stock) {\n      id\n      stock\n    }\n  }\n": types.SetListingStockDocument,
    "\n  mutation WithdrawListing($productId: ID!) {\n    withdrawListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n": types.WithdrawListingDocument,
    "\n  mutation ApproveListing($productId: ID!) {\n    approveListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n": types.ApproveListingDocument,
    "\n  mutation RejectListing($productId: ID!, $reason: String!) {\n    rejectListing(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n": types.RejectListingDocument,
    "\n  mutation ApproveListingRevision($productId: ID!) {\n    approveListingRevision(productId: $productId) {\n      productId\n      status\n    }\n  }\n": types.ApproveListingRevisionDocument,
    "\n  mutation DeclineListingRevision($productId: ID!, $reason: String!) {\n    declineListingRevision(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n": types.DeclineListingRevisionDocument,
    "\n  mutation RemoveBrandImage($slot: BrandImageSlot!) {\n    removeBrandImage(slot: $slot) {\n      id\n    }\n  }\n": types.RemoveBrandImageDocument,
    "\n  query ManageProducts($status: ProductStatus, $search: String, $after: String) {\n    manageProducts(status: $status, filter: { search: $search, sellerKind: BRAND }, first: 20, after: $after, sort: NAME) {\n      nodes {\n        id\n        slug\n        name\n        status\n        category {\n          name\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n        priceFrom {\n          amountMinor\n          currency\n        }\n        variants {\n          id\n          stock\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ManageProductsDocument,
    "\n  mutation SetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetProductStatusDocument,
    "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateProductVariant(id: $id, input: $input) {\n      id\n      stock\n      price {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.UpdateVariantDocument,
    "\n  mutation AdjustVariantStock($variantId: ID!, $delta: Int!) {\n    adjustVariantStock(variantId: $variantId, delta: $delta) {\n      id\n      stock\n    }\n  }\n": types.AdjustVariantStockDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": types.CreateProductDocument,
    "\n  query EditProduct($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      category {\n        id\n      }\n      images {\n        ...ManagedPhoto\n      }\n      specs {\n        label\n        value\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": types.EditProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation AddProductVariant($productId: ID!, $input: VariantInput!) {\n    addProductVariant(productId: $productId, input: $input) {\n      id\n    }\n  }\n": types.AddProductVariantDocument,
    "\n  query ManageCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.ManageCategoriesDocument,
    "\n  fragment ManagedPhoto on ProductImage {\n    id\n    url\n    alt\n    width\n    height\n    srcset\n    position\n  }\n": types.ManagedPhotoFragmentDoc,
    "\n  mutation UpdateProductImage($id: ID!, $alt: String!) {\n    updateProductImage(id: $id, alt: $alt) {\n      ...ManagedPhoto\n    }\n  }\n": types.UpdateProductImageDocument,
    "\n  mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {\n    reorderProductImages(productId: $productId, imageIds: $imageIds) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n": types.ReorderProductImagesDocument,
    "\n  mutation SetMainProductImage($id: ID!) {\n    setMainProductImage(id: $id) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n": types.SetMainProductImageDocument,
    "\n  mutation RemoveProductImage($id: ID!) {\n    removeProductImage(id: $id)\n  }\n": types.RemoveProductImageDocument,
    "\n  query ManageShopSettings {\n    manageShippingMethods {\n      id\n      name\n      active\n      position\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n      }\n    }\n    taxRates {\n      country\n      rateBp\n    }\n    shopSettings {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n": types.ManageShopSettingsDocument,
    "\n  mutation CreateShippingMethod($input: ShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      id\n    }\n  }\n": types.CreateShippingMethodDocument,
    "\n  mutation UpdateShippingMethod($id: ID!, $input: UpdateShippingMethodInput!) {\n    updateShippingMethod(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n": types.UpdateShippingMethodDocument,
    "\n  mutation SetTaxRate($country: String!, $rateBp: Int!) {\n    setTaxRate(country: $country, rateBp: $rateBp) {\n      country\n      rateBp\n    }\n  }\n": types.SetTaxRateDocument,
    "\n  mutation RemoveTaxRate($country: String!) {\n    removeTaxRate(country: $country)\n  }\n": types.RemoveTaxRateDocument,
    "\n  mutation UpdateShopSettings($input: ShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n": types.UpdateShopSettingsDocument,
    "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      member {\n        id\n        badges {\n          kind\n          label\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation GrantRole($accountId: ID!, $role: Role!) {\n    grantRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($accountId: ID!, $role: Role!) {\n    revokeRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation GrantBadge($accountId: ID!, $badge: GrantedBadge!) {\n    grantBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n": types.GrantBadgeDocument,
    "\n  mutation RevokeBadge($accountId: ID!, $badge: GrantedBadge!) {\n    revokeBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n": types.RevokeBadgeDocument,
    "\n  query BuyerOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        total {\n          amountMinor\n          currency\n        }\n        refunded {\n          amountMinor\n          currency\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        refunds {\n          id\n          status\n          createdAt\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.BuyerOrderPartsDocument,
    "\n  query ManagedOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.ManagedOrderPartsDocument,
    "\n  query VendorOrderParts($vendorId: ID!, $status: OrderPartStatus, $after: String) {\n    vendorOrderParts(vendorId: $vendorId, status: $status, first: 10, after: $after) {\n      nodes {\n        id\n        status\n        createdAt\n        refunded {\n          amountMinor\n          currency\n        }\n        shipTo {\n          name\n          city\n          country\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VendorOrderPartsDocument,
    "\n  mutation FulfilOrderPart($partId: ID!) {\n    fulfilOrderPart(partId: $partId) {\n      id\n      status\n    }\n  }\n": types.FulfilOrderPartDocument,
    "\n  mutation RefundOrderPart($partId: ID!, $amountMinor: SafeInt!, $refundKey: ID!, $reason: String!) {\n    refundOrderPart(partId: $partId, amountMinor: $amountMinor, refundKey: $refundKey, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RefundOrderPartDocument,
    "\n  query MarketplaceSettings {\n    marketplaceSettings {\n      defaultCommissionBp\n      defaultCommissionFloorMinor\n      defaultCommissionCapMinor\n      resaleFeeBp\n      bookingHoldMinutes\n      cancellationNoticeHours\n      reviewRevealDays\n      claimWindowDays\n    }\n    commissionRules {\n      id\n      vendorId\n      vendorName\n      categoryId\n      categoryName\n      bp\n      floorMinor\n      capMinor\n    }\n    commissionRuleVendors {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n": types.MarketplaceSettingsDocument,
    "\n  mutation UpdateMarketplaceSettings($input: UpdateMarketplaceSettingsInput!) {\n    updateMarketplaceSettings(input: $input) {\n      defaultCommissionBp\n    }\n  }\n": types.UpdateMarketplaceSettingsDocument,
    "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      id\n    }\n  }\n": types.SetCommissionRuleDocument,
    "\n  mutation RemoveCommissionRule($id: ID!) {\n    removeCommissionRule(id: $id)\n  }\n": types.RemoveCommissionRuleDocument,
    "\n  query OrderConfirmation($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      buyer {\n        id\n        displayName\n      }\n      shippingMethodName\n      pricesIncludeTax\n      taxRateBp\n      reservationExpiresAt\n      cancelReason\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      total {\n        amountMinor\n        currency\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postcode\n        country\n      }\n      lines {\n        id\n        productName\n        variantName\n        offerKind\n        quantity\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        status\n        testMode\n      }\n    }\n  }\n": types.OrderConfirmationDocument,
    "\n  query ManageOrders($status: OrderStatus, $search: String, $after: String) {\n    manageOrders(status: $status, search: $search, first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n        buyer {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ManageOrdersDocument,
    "\n  query ManageOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      buyer {\n        id\n        displayName\n      }\n      payment {\n        provider\n        status\n        testMode\n      }\n      refunds {\n        ...OrderRefundFields\n        reason\n        requestedBy {\n          id\n          displayName\n        }\n      }\n    }\n    orderBuyer(orderId: $id) {\n      id\n      email\n    }\n    orderHistory(orderId: $id) {\n      id\n      type\n      occurredAt\n      reason\n      amount {\n        amountMinor\n        currency\n      }\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.ManageOrderDocument,
    "\n  mutation FulfilOrder($id: ID!) {\n    fulfilOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.FulfilOrderDocument,
    "\n  mutation RefundOrder($orderId: ID!, $amountMinor: SafeInt, $refundKey: ID!) {\n    refundOrder(orderId: $orderId, amountMinor: $amountMinor, refundKey: $refundKey) {\n      id\n      status\n    }\n  }\n": types.RefundOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      amountMinor\n      currency\n    }\n  }\n": types.OrderSummaryFieldsFragmentDoc,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  fragment OrderRefundFields on OrderRefund {\n    id\n    status\n    createdAt\n    updatedAt\n    amount {\n      amountMinor\n      currency\n    }\n  }\n": types.OrderRefundFieldsFragmentDoc,
    "\n  fragment OrderDetailFields on Order {\n    pricesIncludeTax\n    taxRateBp\n    shippingMethodName\n    subtotal {\n      amountMinor\n      currency\n    }\n    shipping {\n      amountMinor\n      currency\n    }\n    tax {\n      amountMinor\n      currency\n    }\n    total {\n      amountMinor\n      currency\n    }\n    refunded {\n      amountMinor\n      currency\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n    }\n    lines {\n      id\n      sku\n      productName\n      variantName\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      quantity\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.OrderDetailFieldsFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n      refunds {\n        ...OrderRefundFields\n      }\n    }\n    paymentSettings {\n      stripePublishableKey\n    }\n  }\n": types.OrderDetailDocument,
    "\n  query PayoutDashboard($kind: SellerKind!, $id: ID!) {\n    payoutAccount(sellerKind: $kind, sellerId: $id) {\n      status\n      provider\n      testMode\n      payoutsEnabled\n    }\n    sellerBalance(sellerKind: $kind, sellerId: $id) {\n      currency\n      owed {\n        amountMinor\n        currency\n      }\n      held {\n        amountMinor\n        currency\n      }\n      paidOut {\n        amountMinor\n        currency\n      }\n    }\n    sellerPayouts(sellerKind: $kind, sellerId: $id) {\n      id\n      orderPartId\n      status\n      testMode\n      providerTransferId\n      blockedReason\n      sentAt\n      createdAt\n      amount {\n        amountMinor\n        currency\n      }\n      reversed {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.PayoutDashboardDocument,
    "\n  mutation StartPayoutOnboarding($kind: SellerKind!, $id: ID!) {\n    startPayoutOnboarding(sellerKind: $kind, sellerId: $id) {\n      url\n      account {\n        status\n        testMode\n      }\n    }\n  }\n": types.StartPayoutOnboardingDocument,
    "\n  query MemberProfile($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      displayName\n      badges {\n        kind\n        label\n      }\n      bio\n      bioHtml\n      avatarUrl\n      joinedAt\n      reviews(first: 5, after: $after) {\n        nodes {\n          id\n          rating\n          body\n          createdAt\n          verifiedPurchase\n          product {\n            name\n            slug\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      member {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n        bio\n        avatarUrl\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      bio\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation RemoveMyAvatar {\n    removeMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n": types.RemoveMyAvatarDocument,
    "\n  fragment UsedItemCard on UsedItem {\n    productId\n    kind\n    condition\n    brand\n    model\n    frameSize\n    year\n    sellerName\n    title\n    slug\n    price {\n      amountMinor\n      currency\n    }\n    photo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": types.UsedItemCardFragmentDoc,
    "\n  query UsedMarket($kind: UsedItemKind, $after: String) {\n    usedItems(kind: $kind, first: 24, after: $after) {\n      nodes {\n        ...UsedItemCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsedMarketDocument,
    "\n  query UsedItemPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      offerKind\n      images {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      variants {\n        id\n        name\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n      usedItem {\n        productId\n        sellerId\n        kind\n        condition\n        brand\n        model\n        frameSize\n        year\n        frameSerialMasked\n        handoverNote\n        sellerName\n        sold\n      }\n    }\n  }\n": types.UsedItemPageDocument,
    "\n  query Selling {\n    mySellerAttestation {\n      adultConfirmedAt\n    }\n    myUsedItems {\n      ...UsedItemCard\n      listingStatus\n      frameSerial\n      sold\n      createdAt\n    }\n    myUsedSales {\n      ...UsedSaleFields\n    }\n  }\n": types.SellingDocument,
    "\n  fragment UsedSaleFields on UsedSale {\n    partId\n    orderId\n    stage\n    fundsStatus\n    paid {\n      amountMinor\n      currency\n    }\n    sellerNet {\n      amountMinor\n      currency\n    }\n    shippedAt\n    trackingCode\n    deliveredAt\n    releaseAfter\n    receivedAt\n    claimable\n    viewerIsSeller\n    viewerIsBuyer\n    claim {\n      id\n      reason\n      details\n      status\n      outcome\n      decisionNote\n      createdAt\n    }\n    item {\n      productId\n      brand\n      model\n      kind\n      sellerId\n      sellerName\n      product {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.UsedSaleFieldsFragmentDoc,
    "\n  query UsedSalesOfOrder($orderId: ID!) {\n    usedSalesOfOrder(orderId: $orderId) {\n      ...UsedSaleFields\n    }\n  }\n": types.UsedSalesOfOrderDocument,
    "\n  query ClaimQueue($includeDecided: Boolean!) {\n    claimQueue(includeDecided: $includeDecided) {\n      ...UsedSaleFields\n    }\n  }\n": types.ClaimQueueDocument,
    "\n  query StolenBikes {\n    stolenBikes(first: 200) {\n      id\n      serial\n      source\n      note\n      createdAt\n    }\n  }\n": types.StolenBikesDocument,
    "\n  mutation ConfirmAdultSeller {\n    confirmAdultSeller {\n      adultConfirmedAt\n    }\n  }\n": types.ConfirmAdultSellerDocument,
    "\n  mutation ListUsedItem($input: ListUsedItemInput!) {\n    listUsedItem(input: $input) {\n      productId\n      product {\n        id\n        slug\n      }\n    }\n  }\n": types.ListUsedItemDocument,
    "\n  mutation WithdrawUsedItem($productId: ID!) {\n    withdrawUsedItem(productId: $productId) {\n      productId\n    }\n  }\n": types.WithdrawUsedItemDocument,
    "\n  mutation MarkUsedItemShipped($partId: ID!, $tracking: String) {\n    markUsedItemShipped(partId: $partId, tracking: $tracking) {\n      ...UsedSaleFields\n    }\n  }\n": types.MarkUsedItemShippedDocument,
    "\n  mutation MarkUsedItemDelivered($partId: ID!) {\n    markUsedItemDelivered(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n": types.MarkUsedItemDeliveredDocument,
    "\n  mutation ConfirmUsedItemReceived($partId: ID!) {\n    confirmUsedItemReceived(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n": types.ConfirmUsedItemReceivedDocument,
    "\n  mutation OpenClaim($input: OpenClaimInput!) {\n    openClaim(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenClaimDocument,
    "\n  mutation DecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      outcome\n    }\n  }\n": types.DecideClaimDocument,
    "\n  mutation ReportStolenBike($serial: String!, $note: String) {\n    reportStolenBike(serial: $serial, note: $note) {\n      id\n      serial\n    }\n  }\n": types.ReportStolenBikeDocument,
    "\n  mutation ImportStolenBikes($csv: String!) {\n    importStolenBikes(csv: $csv) {\n      added\n      duplicates\n      blockedListings\n      problems {\n        line\n        message\n      }\n    }\n  }\n": types.ImportStolenBikesDocument,
    "\n  query RoutePage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      photos {\n        id\n        caption\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      route {\n        distanceM\n        elevationGainM\n        elevationLossM\n        durationS\n        pointCount\n        polylines\n        start {\n          lat\n          lng\n        }\n        elevationProfile {\n          distanceM\n          ele\n        }\n        viewerSeesWholeTrack\n        gpxUrl\n        photoPins {\n          id\n          caption\n          distanceM\n          point {\n            lat\n            lng\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n        leaderboard(first: 10) {\n          rank\n          durationS\n          riddenOn\n          rides\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.RoutePageDocument,
    "\n  mutation LogRide($input: LogRideInput!) {\n    logRide(input: $input) {\n      id\n      durationS\n      personalBest\n    }\n  }\n": types.LogRideDocument,
    "\n  query RouteImport($id: ID!) {\n    routeImport(id: $id) {\n      id\n      status\n      progress\n      error\n      fileName\n      name\n      distanceM\n      elevationGainM\n      pointCount\n    }\n  }\n": types.RouteImportDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      id\n    }\n  }\n": types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      id\n    }\n  }\n": types.UpdateRouteDocument,
    "\n  query PrivacyZones {\n    privacyZones {\n      id\n      lat\n      lng\n      radiusM\n      createdAt\n    }\n  }\n": types.PrivacyZonesDocument,
    "\n  mutation AddPrivacyZone($input: AddPrivacyZoneInput!) {\n    addPrivacyZone(input: $input) {\n      id\n    }\n  }\n": types.AddPrivacyZoneDocument,
    "\n  mutation RemovePrivacyZone($id: ID!) {\n    removePrivacyZone(id: $id) {\n      id\n    }\n  }\n": types.RemovePrivacyZoneDocument,
    "\n  mutation PinRoutePhoto($input: PinRoutePhotoInput!) {\n    pinRoutePhoto(input: $input) {\n      id\n    }\n  }\n": types.PinRoutePhotoDocument,
    "\n  mutation UnpinRoutePhoto($routeId: ID!, $photoId: ID!) {\n    unpinRoutePhoto(routeId: $routeId, photoId: $photoId) {\n      id\n    }\n  }\n": types.UnpinRoutePhotoDocument,
    "\n  query VendorDashboard($vendorId: ID!, $period: DashboardPeriod!) {\n    vendorDashboard(vendorId: $vendorId, period: $period) {\n      vendorId\n      vendorName\n      period\n      from\n      to\n      currency\n      listings {\n        status\n        count\n      }\n      listingsWithPendingRevision\n      orderParts {\n        status\n        count\n      }\n      partsToFulfil\n      sales {\n        parts\n        gross {\n          amountMinor\n          currency\n        }\n        commission {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        refunds {\n          amountMinor\n          currency\n        }\n      }\n      balance {\n        owed {\n          amountMinor\n          currency\n        }\n        held {\n          amountMinor\n          currency\n        }\n      }\n      ratings {\n        average\n        count\n        ratedProducts\n      }\n      customers {\n        customers\n        newCustomers\n        repeatCustomers\n        allTime\n      }\n    }\n  }\n": types.VendorDashboardDocument,
    "\n  query MarketplaceSummary($period: DashboardPeriod!) {\n    brandMarketplaceSummary(period: $period) {\n      period\n      from\n      to\n      currency\n      commissionEarned {\n        amountMinor\n        currency\n      }\n      commissionAllTime {\n        amountMinor\n        currency\n      }\n      salesBySellerKind {\n        sellerKind\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n      activeVendors\n      sellingVendors\n      newVendorCustomers\n      vendors {\n        vendorId\n        name\n        status\n        newCustomers\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.MarketplaceSummaryDocument,
    "\n  query ProductSeller($slug: String!) {\n    product(slug: $slug) {\n      id\n      vendor {\n        id\n        slug\n        name\n        serviceArea\n      }\n    }\n  }\n": types.ProductSellerDocument,
    "\n  query VendorDirectory($first: Int, $after: String) {\n    vendors(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        serviceArea\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VendorDirectoryDocument,
    "\n  query Vendor($slug: String!) {\n    vendor(slug: $slug) {\n      id\n      slug\n      name\n      description\n      website\n      serviceArea\n      status\n      suspensionReason\n      createdAt\n      categories {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.VendorDocument,
    "\n  query VendorOffers($sellerId: ID!, $offerKind: OfferKind!) {\n    products(filter: { sellerId: $sellerId, offerKind: $offerKind }, first: 24) {\n      nodes {\n        id\n        slug\n        name\n        offerKind\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n    }\n  }\n": types.VendorOffersDocument,
    "\n  query VendorServiceOffers($vendorId: ID!) {\n    services(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      mode\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": types.VendorServiceOffersDocument,
    "\n  query MyVendorApplication {\n    myVendorApplication {\n      id\n      status\n      businessName\n      reason\n      createdAt\n      decidedAt\n      vendor {\n        id\n        slug\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n  }\n": types.MyVendorApplicationDocument,
    "\n  mutation ApplyAsVendor($input: ApplyAsVendorInput!) {\n    applyAsVendor(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApplyAsVendorDocument,
    "\n  query VendorApplications($status: VendorApplicationStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      nodes {\n        id\n        status\n        businessName\n        description\n        website\n        serviceArea\n        reason\n        createdAt\n        applicant {\n          id\n          displayName\n        }\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VendorApplicationsDocument,
    "\n  query ManageVendors($after: String) {\n    manageVendors(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        serviceArea\n        status\n        suspensionReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ManageVendorsDocument,
    "\n  mutation ApproveVendorApplication($id: ID!) {\n    approveVendorApplication(id: $id) {\n      id\n      status\n      vendor {\n        id\n        slug\n      }\n    }\n  }\n": types.ApproveVendorApplicationDocument,
    "\n  mutation RejectVendorApplication($id: ID!, $reason: String!) {\n    rejectVendorApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectVendorApplicationDocument,
    "\n  mutation SuspendVendor($vendorId: ID!, $reason: String!) {\n    suspendVendor(vendorId: $vendorId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SuspendVendorDocument,
    "\n  mutation ReinstateVendor($vendorId: ID!) {\n    reinstateVendor(vendorId: $vendorId) {\n      id\n      status\n    }\n  }\n": types.ReinstateVendorDocument,
    "\n  query VendorTeam($vendorId: ID!) {\n    vendorTeam(vendorId: $vendorId) {\n      accountId\n      displayName\n      role\n      joinedAt\n    }\n  }\n": types.VendorTeamDocument,
    "\n  mutation InviteVendorStaff($vendorId: ID!, $email: String!) {\n    inviteVendorStaff(vendorId: $vendorId, email: $email) {\n      accountId\n    }\n  }\n": types.InviteVendorStaffDocument,
    "\n  mutation RemoveVendorStaff($vendorId: ID!, $accountId: ID!) {\n    removeVendorStaff(vendorId: $vendorId, accountId: $accountId) {\n      accountId\n    }\n  }\n": types.RemoveVendorStaffDocument,
    "\n  fragment BrandFields on Brand {\n    name\n    tagline\n    currency\n    primaryColor\n    accentColor\n    hero {\n      eyebrow\n      title\n      text\n      ctaLabel\n      ctaHref\n    }\n    logo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n    heroImage {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n": types.BrandFieldsFragmentDoc,
    "\n  query Brand {\n    brand {\n      ...BrandFields\n    }\n  }\n": types.BrandDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      memberships {\n        role\n        organisation {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressBook {\n    savedAddresses {\n      id\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n      isDefault\n    }\n    taxRates {\n      country\n      postcodePattern\n      postcodeExample\n    }\n  }\n"): typeof import('./graphql').AddressBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSavedAddress($input: SavedAddressInput!) {\n    addSavedAddress(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddSavedAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedAddress($id: ID!, $input: SavedAddressInput!) {\n    updateSavedAddress(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateSavedAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSavedAddress($id: ID!) {\n    removeSavedAddress(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveSavedAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultSavedAddress($id: ID!) {\n    setDefaultSavedAddress(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetDefaultSavedAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductQuestions($slug: String!, $after: String) {\n    product(slug: $slug) {\n      id\n      name\n      questions(first: 5, after: $after) {\n        nodes {\n          id\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          answers {\n            id\n          }\n          acceptedAnswer {\n            id\n            bodyHtml\n            expert {\n              reason\n              label\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvicePost($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      asksAdvice\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      product {\n        id\n        slug\n        name\n      }\n      project {\n        id\n        title\n      }\n      answers {\n        id\n        bodyHtml\n        createdAt\n        accepted\n        expert {\n          reason\n          label\n        }\n        author {\n          id\n          displayName\n          badges {\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdvicePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdviceProject($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      viewerCanEdit\n    }\n  }\n"): typeof import('./graphql').AdviceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').AskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').UpdateQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostProjectUpdate($input: PostProjectUpdateInput!) {\n    postProjectUpdate(input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').PostProjectUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectUpdate($id: ID!, $input: UpdateProjectUpdateInput!) {\n    updateProjectUpdate(id: $id, input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').UpdateProjectUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: AnswerInput!) {\n    answer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryExperts {\n    categoryExperts {\n      appointedAt\n      member {\n        id\n        displayName\n      }\n      category {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    accounts {\n      id\n      displayName\n      email\n    }\n  }\n"): typeof import('./graphql').CategoryExpertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    setCategoryExpert(accountId: $accountId, categoryId: $categoryId) {\n      appointedAt\n    }\n  }\n"): typeof import('./graphql').SetCategoryExpertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCategoryExpert($accountId: ID!, $categoryId: ID!) {\n    removeCategoryExpert(accountId: $accountId, categoryId: $categoryId)\n  }\n"): typeof import('./graphql').RemoveCategoryExpertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCardFields on ServiceOffer {\n    productId\n    durationMinutes\n    capacity\n    mode\n    location\n    timeZone\n    product {\n      id\n      slug\n      name\n      description\n      priceFrom {\n        amountMinor\n        currency\n      }\n    }\n    vendor {\n      id\n      name\n      slug\n    }\n  }\n"): typeof import('./graphql').ServiceCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services {\n    services {\n      ...ServiceCardFields\n    }\n  }\n"): typeof import('./graphql').ServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceCardFields\n      product {\n        id\n        status\n        variants {\n          id\n        }\n      }\n      vendor {\n        id\n        serviceArea\n        serviceRating {\n          average\n          count\n        }\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        seatsLeft\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldSlot($slotId: ID!) {\n    holdSlot(slotId: $slotId) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n"): typeof import('./graphql').HoldSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    status\n    seats\n    startsAt\n    endsAt\n    amountMinor\n    currency\n    refundedMinor\n    refundableUntil\n    meetingUrl\n    cancelReason\n    buyerName\n    viewerIsBuyer\n    service {\n      productId\n      mode\n      location\n      timeZone\n      durationMinutes\n    }\n    product {\n      id\n      slug\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    reviews {\n      authorSide\n      rating\n      text\n    }\n  }\n"): typeof import('./graphql').BookingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings {\n    myBookings {\n      ...BookingFields\n    }\n  }\n"): typeof import('./graphql').MyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorBookings($vendorId: ID!, $after: String) {\n    vendorBookings(vendorId: $vendorId, first: 15, after: $after) {\n      nodes {\n        ...BookingFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VendorBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorServices($vendorId: ID!) {\n    vendorServices(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      capacity\n      timeZone\n      product {\n        id\n        slug\n        name\n        status\n      }\n      vendorSlots {\n        id\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n      }\n    }\n  }\n"): typeof import('./graphql').VendorServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      refundedMinor\n    }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConfirmBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBooking($input: ReviewBookingInput!) {\n    reviewBooking(input: $input) {\n      authorSide\n      rating\n    }\n  }\n"): typeof import('./graphql').ReviewBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceSlots($input: AddServiceSlotsInput!) {\n    addServiceSlots(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddServiceSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveServiceSlot($slotId: ID!) {\n    removeServiceSlot(slotId: $slotId)\n  }\n"): typeof import('./graphql').RemoveServiceSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceListing($input: CreateServiceListingInput!) {\n    createServiceListing(input: $input) {\n      productId\n    }\n  }\n"): typeof import('./graphql').CreateServiceListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ServiceCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): typeof import('./graphql').UpdateBrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildPage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        state\n        supporters\n        stageNumber\n        stageCount\n        stageTarget\n        stageDeadline\n        viewerSupports\n        viewerCanSupport\n        declineReason\n        royaltyBp\n        parts {\n          id\n          label\n          quantity\n          note\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BuildPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportBuild($buildId: ID!) {\n    supportBuild(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n"): typeof import('./graphql').SupportBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBuildSupport($buildId: ID!) {\n    withdrawBuildSupport(buildId: $buildId) {\n      id\n      supportCount\n    }\n  }\n"): typeof import('./graphql').WithdrawBuildSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBuild($input: CreateBuildInput!) {\n    createBuild(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreateBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBuild($input: UpdateBuildInput!) {\n    updateBuild(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopParts {\n    products(first: 100, sort: NEWEST) {\n      nodes {\n        id\n        name\n        variants {\n          id\n          name\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShopPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildReviewQueue {\n    buildReviewQueue {\n      id\n      title\n      excerpt\n      author {\n        id\n        displayName\n      }\n      cover {\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      build {\n        id\n        supporters\n        enteredReviewAt\n        parts {\n          id\n        }\n      }\n    }\n    categories {\n      id\n      name\n    }\n    buildSupportStages {\n      supporters\n      windowDays\n    }\n  }\n"): typeof import('./graphql').BuildReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBuild($input: AcceptBuildInput!) {\n    acceptBuild(input: $input) {\n      id\n      build {\n        id\n        state\n        product {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBuild($input: DeclineBuildInput!) {\n    declineBuild(input: $input) {\n      id\n      build {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBuildSupportStages($input: SetBuildSupportStagesInput!) {\n    setBuildSupportStages(input: $input) {\n      supporters\n      windowDays\n    }\n  }\n"): typeof import('./graphql').SetBuildSupportStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    itemCount\n    subtotal {\n      amountMinor\n      currency\n    }\n    items {\n      quantity\n      available\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n      variant {\n        id\n        name\n        stock\n      }\n      product {\n        id\n        slug\n        name\n        sellerName\n        offerKind\n      }\n      booking {\n        id\n        startsAt\n        endsAt\n        holdExpiresAt\n        timeZone\n      }\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n    }\n  }\n"): typeof import('./graphql').CartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart {\n    cart {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartPreview($lines: [CartLineInput!]!) {\n    cartPreview(lines: $lines) {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').CartPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($variantId: ID!, $quantity: Int!) {\n    addToCart(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').AddToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {\n    setCartQuantity(variantId: $variantId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').SetCartQuantityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCart($lines: [CartLineInput!]!) {\n    mergeCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').MergeCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddItemsToCart($lines: [CartLineInput!]!) {\n    addItemsToCart(lines: $lines) {\n      ...CartFields\n    }\n  }\n"): typeof import('./graphql').AddItemsToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    ratingAverage\n    ratingCount\n    category {\n      slug\n      name\n    }\n    priceFrom {\n      amountMinor\n      currency\n    }\n    images {\n      id\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n"): typeof import('./graphql').ProductCardFieldsFragmentDoc;
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
export function graphql(source: "\n  query Product($slug: String!) {\n    product(slug: $slug) {\n      ...ProductCardFields\n      description\n      status\n      offerKind\n      dispatchTime\n      specs {\n        label\n        value\n      }\n      sizeGuide {\n        columns\n        rows {\n          size\n          values\n        }\n        note\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        inStock\n        availability\n        price {\n          amountMinor\n          currency\n        }\n      }\n      reviewEligibility\n      reviews(first: 10) {\n        nodes {\n          id\n          author {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          rating\n          body\n          verifiedPurchase\n          createdAt\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      related(first: 4) {\n        ...ProductCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedAddressFields on SavedAddress {\n    id\n    name\n    line1\n    line2\n    city\n    postcode\n    country\n    isDefault\n  }\n"): typeof import('./graphql').SavedAddressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutOptions {\n    cart {\n      itemCount\n    }\n    shippingMethods {\n      id\n      name\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n        currency\n      }\n    }\n    taxRates {\n      country\n      rateBp\n      postcodePattern\n      postcodeExample\n    }\n    savedAddresses {\n      ...SavedAddressFields\n    }\n    paymentSettings {\n      provider\n      testMode\n      stripePublishableKey\n    }\n  }\n"): typeof import('./graphql').CheckoutOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutQuote($shippingMethodId: ID!, $country: String!) {\n    checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {\n      itemCount\n      items {\n        quantity\n        available\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n        variant {\n          id\n          name\n          stock\n        }\n        product {\n          id\n          slug\n          name\n          sellerName\n        }\n        booking {\n          id\n          startsAt\n          endsAt\n          holdExpiresAt\n          timeZone\n        }\n        image {\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      freeShipping\n      nothingToShip\n      freeShippingShortfall {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      taxRateBp\n      pricesIncludeTax\n      total {\n        amountMinor\n        currency\n      }\n      shippingMethod {\n        id\n        name\n      }\n      country\n    }\n  }\n"): typeof import('./graphql').CheckoutQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n        status\n        total {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFeed($scope: FeedScope!, $kind: ContributionKind, $tag: String, $first: Int!, $after: String) {\n    communityFeed(scope: $scope, kind: $kind, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        excerpt\n        tags\n        publishedAt\n        commentCount\n        reactionCount\n        supportCount\n        author {\n          id\n          displayName\n          avatarUrl\n          badges {\n            kind\n            label\n          }\n        }\n        cover {\n          image {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberContributions($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      contributions(first: $first, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          tags\n          publishedAt\n          commentCount\n          reactionCount\n          supportCount\n          author {\n            id\n            displayName\n            avatarUrl\n            badges {\n              kind\n              label\n            }\n          }\n          cover {\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MemberContributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Guide($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      publishedAt\n      createdAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n        badges {\n          kind\n          label\n        }\n      }\n      photos {\n        id\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      guide {\n        id\n        difficulty\n        timeMinutes\n        completionCount\n        viewerMadeIt\n        steps {\n          id\n          number\n          title\n          body\n          bodyHtml\n          photos {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        tools {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        parts {\n          id\n          label\n          quantity\n          variant {\n            id\n            name\n            inStock\n            price {\n              amountMinor\n              currency\n            }\n          }\n          product {\n            slug\n            name\n          }\n        }\n        completions {\n          id\n          noteHtml\n          createdAt\n          member {\n            id\n            displayName\n            badges {\n              kind\n              label\n            }\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideProductChoices {\n    products(first: 100, sort: NAME) {\n      nodes {\n        id\n        name\n        category {\n          name\n        }\n        variants {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GuideProductChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreateGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGuide($id: ID!, $input: UpdateGuideInput!) {\n    updateGuide(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkGuideMade($input: MarkGuideMadeInput!) {\n    markGuideMade(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkGuideMadeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionActivity($id: ID!, $first: Int!, $after: String) {\n    contribution(id: $id) {\n      id\n      title\n      status\n      commentCount\n      reactionCount\n      viewerReactions\n      viewerFollows\n      viewerSaved\n      reactions {\n        kind\n        count\n      }\n      comments(first: $first, after: $after) {\n        nodes {\n          id\n          parentId\n          status\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          viewerCanEdit\n          author {\n            id\n            displayName\n            avatarUrl\n          }\n          replies {\n            id\n            parentId\n            status\n            body\n            bodyHtml\n            createdAt\n            editedAt\n            viewerCanEdit\n            author {\n              id\n              displayName\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContributionActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($id: ID!, $kind: ReactionKind!) {\n    react(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($id: ID!, $kind: ReactionKind!) {\n    unreact(contributionId: $id, kind: $kind) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowContribution($id: ID!) {\n    followContribution(contributionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowContribution($id: ID!) {\n    unfollowContribution(contributionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnfollowContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveToCollection($id: ID!, $collectionId: ID) {\n    saveToCollection(contributionId: $id, collectionId: $collectionId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SaveToCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCollection($collectionId: ID!, $id: ID!) {\n    removeFromCollection(collectionId: $collectionId, contributionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveFromCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFollow($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      followerCount\n      viewerFollows\n    }\n  }\n"): typeof import('./graphql').MemberFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowMember($id: ID!) {\n    followMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"): typeof import('./graphql').FollowMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(memberId: $id) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"): typeof import('./graphql').UnfollowMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      isPublic\n      itemCount\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      name\n      isPublic\n      itemCount\n      viewerIsOwner\n      owner {\n        id\n        displayName\n      }\n      items(first: 24, after: $after) {\n        nodes {\n          id\n          kind\n          title\n          excerpt\n          publishedAt\n          author {\n            id\n            displayName\n          }\n          cover {\n            id\n            image {\n              url\n              srcset\n              alt\n              width\n              height\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      id\n      name\n      isPublic\n    }\n  }\n"): typeof import('./graphql').UpdateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionPreview($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      bodyHtml\n      publishedAt\n      commentCount\n      reactionCount\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): typeof import('./graphql').ContributionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellerListings($vendorId: ID!, $first: Int!, $after: String) {\n    sellerListings(vendorId: $vendorId, first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SellerListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingEdit($productId: ID!) {\n    listing(productId: $productId) {\n      productId\n      status\n      reviewReason\n      submittedAt\n      sellerName\n      pendingRevision {\n        title\n        priceMinor\n        submittedAt\n      }\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          srcset\n          alt\n          width\n          height\n        }\n        variants {\n          id\n          name\n          stock\n          price {\n            amountMinor\n            currency\n          }\n        }\n      }\n      sellerKind\n      sellerId\n      product {\n        id\n        category {\n          id\n        }\n        specs {\n          label\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListingEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ListingCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingReviewQueue($first: Int!, $after: String) {\n    listingReviewQueue(first: $first, after: $after) {\n      nodes {\n        productId\n        offerKind\n        status\n        reviewReason\n        submittedAt\n        sellerName\n        pendingRevision {\n          title\n          priceMinor\n          submittedAt\n        }\n        product {\n          id\n          slug\n          name\n          description\n          priceFrom {\n            amountMinor\n            currency\n          }\n          images {\n            id\n            url\n            srcset\n            alt\n            width\n            height\n          }\n          variants {\n            id\n            name\n            stock\n            price {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ListingReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVendorListing($vendorId: ID!, $input: CreateVendorListingInput!) {\n    createVendorListing(vendorId: $vendorId, input: $input) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').CreateVendorListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListing($productId: ID!, $input: UpdateListingInput!) {\n    updateListing(productId: $productId, input: $input) {\n      productId\n      status\n      pendingRevision {\n        title\n        priceMinor\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetListingStock($variantId: ID!, $stock: Int!) {\n    setListingStock(variantId: $variantId, stock: $stock) {\n      id\n      stock\n    }\n  }\n"): typeof import('./graphql').SetListingStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawListing($productId: ID!) {\n    withdrawListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveListing($productId: ID!) {\n    approveListing(productId: $productId) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectListing($productId: ID!, $reason: String!) {\n    rejectListing(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').RejectListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveListingRevision($productId: ID!) {\n    approveListingRevision(productId: $productId) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveListingRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineListingRevision($productId: ID!, $reason: String!) {\n    declineListingRevision(productId: $productId, reason: $reason) {\n      productId\n      status\n    }\n  }\n"): typeof import('./graphql').DeclineListingRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBrandImage($slot: BrandImageSlot!) {\n    removeBrandImage(slot: $slot) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveBrandImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageProducts($status: ProductStatus, $search: String, $after: String) {\n    manageProducts(status: $status, filter: { search: $search, sellerKind: BRAND }, first: 20, after: $after, sort: NAME) {\n      nodes {\n        id\n        slug\n        name\n        status\n        category {\n          name\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n        priceFrom {\n          amountMinor\n          currency\n        }\n        variants {\n          id\n          stock\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ManageProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetProductStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateProductVariant(id: $id, input: $input) {\n      id\n      stock\n      price {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustVariantStock($variantId: ID!, $delta: Int!) {\n    adjustVariantStock(variantId: $variantId, delta: $delta) {\n      id\n      stock\n    }\n  }\n"): typeof import('./graphql').AdjustVariantStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProduct($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      category {\n        id\n      }\n      images {\n        ...ManagedPhoto\n      }\n      specs {\n        label\n        value\n      }\n      variants {\n        id\n        sku\n        name\n        size\n        colour\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductVariant($productId: ID!, $input: VariantInput!) {\n    addProductVariant(productId: $productId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddProductVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ManageCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedPhoto on ProductImage {\n    id\n    url\n    alt\n    width\n    height\n    srcset\n    position\n  }\n"): typeof import('./graphql').ManagedPhotoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductImage($id: ID!, $alt: String!) {\n    updateProductImage(id: $id, alt: $alt) {\n      ...ManagedPhoto\n    }\n  }\n"): typeof import('./graphql').UpdateProductImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {\n    reorderProductImages(productId: $productId, imageIds: $imageIds) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n"): typeof import('./graphql').ReorderProductImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMainProductImage($id: ID!) {\n    setMainProductImage(id: $id) {\n      id\n      images {\n        ...ManagedPhoto\n      }\n    }\n  }\n"): typeof import('./graphql').SetMainProductImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProductImage($id: ID!) {\n    removeProductImage(id: $id)\n  }\n"): typeof import('./graphql').RemoveProductImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageShopSettings {\n    manageShippingMethods {\n      id\n      name\n      active\n      position\n      price {\n        amountMinor\n        currency\n      }\n      freeAbove {\n        amountMinor\n      }\n    }\n    taxRates {\n      country\n      rateBp\n    }\n    shopSettings {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n"): typeof import('./graphql').ManageShopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShippingMethod($input: ShippingMethodInput!) {\n    createShippingMethod(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateShippingMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShippingMethod($id: ID!, $input: UpdateShippingMethodInput!) {\n    updateShippingMethod(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').UpdateShippingMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaxRate($country: String!, $rateBp: Int!) {\n    setTaxRate(country: $country, rateBp: $rateBp) {\n      country\n      rateBp\n    }\n  }\n"): typeof import('./graphql').SetTaxRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTaxRate($country: String!) {\n    removeTaxRate(country: $country)\n  }\n"): typeof import('./graphql').RemoveTaxRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShopSettings($input: ShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      pricesIncludeTax\n      reservationMinutes\n    }\n  }\n"): typeof import('./graphql').UpdateShopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($role: Role) {\n    accounts(role: $role) {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      member {\n        id\n        badges {\n          kind\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($accountId: ID!, $role: Role!) {\n    grantRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($accountId: ID!, $role: Role!) {\n    revokeRole(accountId: $accountId, role: $role) {\n      id\n      roles\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantBadge($accountId: ID!, $badge: GrantedBadge!) {\n    grantBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n"): typeof import('./graphql').GrantBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeBadge($accountId: ID!, $badge: GrantedBadge!) {\n    revokeBadge(accountId: $accountId, badge: $badge) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        total {\n          amountMinor\n          currency\n        }\n        refunded {\n          amountMinor\n          currency\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        refunds {\n          id\n          status\n          createdAt\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BuyerOrderPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedOrderParts($id: ID!) {\n    order(id: $id) {\n      id\n      parts {\n        id\n        sellerKind\n        sellerName\n        status\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagedOrderPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorOrderParts($vendorId: ID!, $status: OrderPartStatus, $after: String) {\n    vendorOrderParts(vendorId: $vendorId, status: $status, first: 10, after: $after) {\n      nodes {\n        id\n        status\n        createdAt\n        refunded {\n          amountMinor\n          currency\n        }\n        shipTo {\n          name\n          city\n          country\n        }\n        lines {\n          id\n          productName\n          variantName\n          quantity\n          lineTotal {\n            amountMinor\n            currency\n          }\n        }\n        earnings {\n          commissionBp\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          refunded {\n            amountMinor\n            currency\n          }\n          commissionRefunded {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VendorOrderPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilOrderPart($partId: ID!) {\n    fulfilOrderPart(partId: $partId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').FulfilOrderPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrderPart($partId: ID!, $amountMinor: SafeInt!, $refundKey: ID!, $reason: String!) {\n    refundOrderPart(partId: $partId, amountMinor: $amountMinor, refundKey: $refundKey, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RefundOrderPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceSettings {\n    marketplaceSettings {\n      defaultCommissionBp\n      defaultCommissionFloorMinor\n      defaultCommissionCapMinor\n      resaleFeeBp\n      bookingHoldMinutes\n      cancellationNoticeHours\n      reviewRevealDays\n      claimWindowDays\n    }\n    commissionRules {\n      id\n      vendorId\n      vendorName\n      categoryId\n      categoryName\n      bp\n      floorMinor\n      capMinor\n    }\n    commissionRuleVendors {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MarketplaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMarketplaceSettings($input: UpdateMarketplaceSettingsInput!) {\n    updateMarketplaceSettings(input: $input) {\n      defaultCommissionBp\n    }\n  }\n"): typeof import('./graphql').UpdateMarketplaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetCommissionRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommissionRule($id: ID!) {\n    removeCommissionRule(id: $id)\n  }\n"): typeof import('./graphql').RemoveCommissionRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderConfirmation($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      buyer {\n        id\n        displayName\n      }\n      shippingMethodName\n      pricesIncludeTax\n      taxRateBp\n      reservationExpiresAt\n      cancelReason\n      subtotal {\n        amountMinor\n        currency\n      }\n      shipping {\n        amountMinor\n        currency\n      }\n      tax {\n        amountMinor\n        currency\n      }\n      total {\n        amountMinor\n        currency\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postcode\n        country\n      }\n      lines {\n        id\n        productName\n        variantName\n        offerKind\n        quantity\n        unitPrice {\n          amountMinor\n          currency\n        }\n        lineTotal {\n          amountMinor\n          currency\n        }\n      }\n      payment {\n        status\n        testMode\n      }\n    }\n  }\n"): typeof import('./graphql').OrderConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageOrders($status: OrderStatus, $search: String, $after: String) {\n    manageOrders(status: $status, search: $search, first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n        buyer {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ManageOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      buyer {\n        id\n        displayName\n      }\n      payment {\n        provider\n        status\n        testMode\n      }\n      refunds {\n        ...OrderRefundFields\n        reason\n        requestedBy {\n          id\n          displayName\n        }\n      }\n    }\n    orderBuyer(orderId: $id) {\n      id\n      email\n    }\n    orderHistory(orderId: $id) {\n      id\n      type\n      occurredAt\n      reason\n      amount {\n        amountMinor\n        currency\n      }\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ManageOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilOrder($id: ID!) {\n    fulfilOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').FulfilOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($orderId: ID!, $amountMinor: SafeInt, $refundKey: ID!) {\n    refundOrder(orderId: $orderId, amountMinor: $amountMinor, refundKey: $refundKey) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RefundOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderSummaryFields on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      amountMinor\n      currency\n    }\n  }\n"): typeof import('./graphql').OrderSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($after: String) {\n    myOrders(first: 20, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRefundFields on OrderRefund {\n    id\n    status\n    createdAt\n    updatedAt\n    amount {\n      amountMinor\n      currency\n    }\n  }\n"): typeof import('./graphql').OrderRefundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetailFields on Order {\n    pricesIncludeTax\n    taxRateBp\n    shippingMethodName\n    subtotal {\n      amountMinor\n      currency\n    }\n    shipping {\n      amountMinor\n      currency\n    }\n    tax {\n      amountMinor\n      currency\n    }\n    total {\n      amountMinor\n      currency\n    }\n    refunded {\n      amountMinor\n      currency\n    }\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postcode\n      country\n    }\n    lines {\n      id\n      sku\n      productName\n      variantName\n      image {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      quantity\n      unitPrice {\n        amountMinor\n        currency\n      }\n      lineTotal {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').OrderDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderSummaryFields\n      ...OrderDetailFields\n      paidAt\n      fulfilledAt\n      cancelledAt\n      cancelReason\n      payment {\n        provider\n        status\n        testMode\n        clientSecret\n      }\n      refunds {\n        ...OrderRefundFields\n      }\n    }\n    paymentSettings {\n      stripePublishableKey\n    }\n  }\n"): typeof import('./graphql').OrderDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutDashboard($kind: SellerKind!, $id: ID!) {\n    payoutAccount(sellerKind: $kind, sellerId: $id) {\n      status\n      provider\n      testMode\n      payoutsEnabled\n    }\n    sellerBalance(sellerKind: $kind, sellerId: $id) {\n      currency\n      owed {\n        amountMinor\n        currency\n      }\n      held {\n        amountMinor\n        currency\n      }\n      paidOut {\n        amountMinor\n        currency\n      }\n    }\n    sellerPayouts(sellerKind: $kind, sellerId: $id) {\n      id\n      orderPartId\n      status\n      testMode\n      providerTransferId\n      blockedReason\n      sentAt\n      createdAt\n      amount {\n        amountMinor\n        currency\n      }\n      reversed {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').PayoutDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayoutOnboarding($kind: SellerKind!, $id: ID!) {\n    startPayoutOnboarding(sellerKind: $kind, sellerId: $id) {\n      url\n      account {\n        status\n        testMode\n      }\n    }\n  }\n"): typeof import('./graphql').StartPayoutOnboardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      displayName\n      badges {\n        kind\n        label\n      }\n      bio\n      bioHtml\n      avatarUrl\n      joinedAt\n      reviews(first: 5, after: $after) {\n        nodes {\n          id\n          rating\n          body\n          createdAt\n          verifiedPurchase\n          product {\n            name\n            slug\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MemberProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      member {\n        id\n        displayName\n        badges {\n          kind\n          label\n        }\n        bio\n        avatarUrl\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      bio\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyAvatar {\n    removeMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n"): typeof import('./graphql').RemoveMyAvatarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsedItemCard on UsedItem {\n    productId\n    kind\n    condition\n    brand\n    model\n    frameSize\n    year\n    sellerName\n    title\n    slug\n    price {\n      amountMinor\n      currency\n    }\n    photo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n"): typeof import('./graphql').UsedItemCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsedMarket($kind: UsedItemKind, $after: String) {\n    usedItems(kind: $kind, first: 24, after: $after) {\n      nodes {\n        ...UsedItemCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').UsedMarketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsedItemPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      name\n      description\n      offerKind\n      images {\n        url\n        alt\n        width\n        height\n        srcset\n      }\n      variants {\n        id\n        name\n        stock\n        price {\n          amountMinor\n          currency\n        }\n      }\n      usedItem {\n        productId\n        sellerId\n        kind\n        condition\n        brand\n        model\n        frameSize\n        year\n        frameSerialMasked\n        handoverNote\n        sellerName\n        sold\n      }\n    }\n  }\n"): typeof import('./graphql').UsedItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Selling {\n    mySellerAttestation {\n      adultConfirmedAt\n    }\n    myUsedItems {\n      ...UsedItemCard\n      listingStatus\n      frameSerial\n      sold\n      createdAt\n    }\n    myUsedSales {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').SellingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsedSaleFields on UsedSale {\n    partId\n    orderId\n    stage\n    fundsStatus\n    paid {\n      amountMinor\n      currency\n    }\n    sellerNet {\n      amountMinor\n      currency\n    }\n    shippedAt\n    trackingCode\n    deliveredAt\n    releaseAfter\n    receivedAt\n    claimable\n    viewerIsSeller\n    viewerIsBuyer\n    claim {\n      id\n      reason\n      details\n      status\n      outcome\n      decisionNote\n      createdAt\n    }\n    item {\n      productId\n      brand\n      model\n      kind\n      sellerId\n      sellerName\n      product {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UsedSaleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsedSalesOfOrder($orderId: ID!) {\n    usedSalesOfOrder(orderId: $orderId) {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').UsedSalesOfOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimQueue($includeDecided: Boolean!) {\n    claimQueue(includeDecided: $includeDecided) {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').ClaimQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StolenBikes {\n    stolenBikes(first: 200) {\n      id\n      serial\n      source\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').StolenBikesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAdultSeller {\n    confirmAdultSeller {\n      adultConfirmedAt\n    }\n  }\n"): typeof import('./graphql').ConfirmAdultSellerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListUsedItem($input: ListUsedItemInput!) {\n    listUsedItem(input: $input) {\n      productId\n      product {\n        id\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').ListUsedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawUsedItem($productId: ID!) {\n    withdrawUsedItem(productId: $productId) {\n      productId\n    }\n  }\n"): typeof import('./graphql').WithdrawUsedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkUsedItemShipped($partId: ID!, $tracking: String) {\n    markUsedItemShipped(partId: $partId, tracking: $tracking) {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').MarkUsedItemShippedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkUsedItemDelivered($partId: ID!) {\n    markUsedItemDelivered(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').MarkUsedItemDeliveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmUsedItemReceived($partId: ID!) {\n    confirmUsedItemReceived(partId: $partId) {\n      ...UsedSaleFields\n    }\n  }\n"): typeof import('./graphql').ConfirmUsedItemReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenClaim($input: OpenClaimInput!) {\n    openClaim(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      outcome\n    }\n  }\n"): typeof import('./graphql').DecideClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportStolenBike($serial: String!, $note: String) {\n    reportStolenBike(serial: $serial, note: $note) {\n      id\n      serial\n    }\n  }\n"): typeof import('./graphql').ReportStolenBikeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStolenBikes($csv: String!) {\n    importStolenBikes(csv: $csv) {\n      added\n      duplicates\n      blockedListings\n      problems {\n        line\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportStolenBikesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutePage($id: ID!) {\n    contribution(id: $id) {\n      id\n      kind\n      title\n      body\n      bodyHtml\n      excerpt\n      tags\n      status\n      publishedAt\n      viewerCanEdit\n      author {\n        id\n        displayName\n        avatarUrl\n      }\n      photos {\n        id\n        caption\n        image {\n          url\n          srcset\n          alt\n          width\n          height\n        }\n      }\n      route {\n        distanceM\n        elevationGainM\n        elevationLossM\n        durationS\n        pointCount\n        polylines\n        start {\n          lat\n          lng\n        }\n        elevationProfile {\n          distanceM\n          ele\n        }\n        viewerSeesWholeTrack\n        gpxUrl\n        photoPins {\n          id\n          caption\n          distanceM\n          point {\n            lat\n            lng\n          }\n          photo {\n            url\n            srcset\n            alt\n            width\n            height\n          }\n        }\n        leaderboard(first: 10) {\n          rank\n          durationS\n          riddenOn\n          rides\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RoutePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogRide($input: LogRideInput!) {\n    logRide(input: $input) {\n      id\n      durationS\n      personalBest\n    }\n  }\n"): typeof import('./graphql').LogRideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteImport($id: ID!) {\n    routeImport(id: $id) {\n      id\n      status\n      progress\n      error\n      fileName\n      name\n      distanceM\n      elevationGainM\n      pointCount\n    }\n  }\n"): typeof import('./graphql').RouteImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyZones {\n    privacyZones {\n      id\n      lat\n      lng\n      radiusM\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PrivacyZonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPrivacyZone($input: AddPrivacyZoneInput!) {\n    addPrivacyZone(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddPrivacyZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePrivacyZone($id: ID!) {\n    removePrivacyZone(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemovePrivacyZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinRoutePhoto($input: PinRoutePhotoInput!) {\n    pinRoutePhoto(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PinRoutePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinRoutePhoto($routeId: ID!, $photoId: ID!) {\n    unpinRoutePhoto(routeId: $routeId, photoId: $photoId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnpinRoutePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorDashboard($vendorId: ID!, $period: DashboardPeriod!) {\n    vendorDashboard(vendorId: $vendorId, period: $period) {\n      vendorId\n      vendorName\n      period\n      from\n      to\n      currency\n      listings {\n        status\n        count\n      }\n      listingsWithPendingRevision\n      orderParts {\n        status\n        count\n      }\n      partsToFulfil\n      sales {\n        parts\n        gross {\n          amountMinor\n          currency\n        }\n        commission {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        refunds {\n          amountMinor\n          currency\n        }\n      }\n      balance {\n        owed {\n          amountMinor\n          currency\n        }\n        held {\n          amountMinor\n          currency\n        }\n      }\n      ratings {\n        average\n        count\n        ratedProducts\n      }\n      customers {\n        customers\n        newCustomers\n        repeatCustomers\n        allTime\n      }\n    }\n  }\n"): typeof import('./graphql').VendorDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceSummary($period: DashboardPeriod!) {\n    brandMarketplaceSummary(period: $period) {\n      period\n      from\n      to\n      currency\n      commissionEarned {\n        amountMinor\n        currency\n      }\n      commissionAllTime {\n        amountMinor\n        currency\n      }\n      salesBySellerKind {\n        sellerKind\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n      activeVendors\n      sellingVendors\n      newVendorCustomers\n      vendors {\n        vendorId\n        name\n        status\n        newCustomers\n        sales {\n          parts\n          gross {\n            amountMinor\n            currency\n          }\n          commission {\n            amountMinor\n            currency\n          }\n          net {\n            amountMinor\n            currency\n          }\n          refunds {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MarketplaceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductSeller($slug: String!) {\n    product(slug: $slug) {\n      id\n      vendor {\n        id\n        slug\n        name\n        serviceArea\n      }\n    }\n  }\n"): typeof import('./graphql').ProductSellerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorDirectory($first: Int, $after: String) {\n    vendors(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        description\n        serviceArea\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VendorDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vendor($slug: String!) {\n    vendor(slug: $slug) {\n      id\n      slug\n      name\n      description\n      website\n      serviceArea\n      status\n      suspensionReason\n      createdAt\n      categories {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').VendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorOffers($sellerId: ID!, $offerKind: OfferKind!) {\n    products(filter: { sellerId: $sellerId, offerKind: $offerKind }, first: 24) {\n      nodes {\n        id\n        slug\n        name\n        offerKind\n        priceFrom {\n          amountMinor\n          currency\n        }\n        images {\n          id\n          url\n          alt\n          width\n          height\n          srcset\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VendorOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorServiceOffers($vendorId: ID!) {\n    services(vendorId: $vendorId) {\n      productId\n      durationMinutes\n      mode\n      product {\n        id\n        slug\n        name\n        description\n        priceFrom {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VendorServiceOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVendorApplication {\n    myVendorApplication {\n      id\n      status\n      businessName\n      reason\n      createdAt\n      decidedAt\n      vendor {\n        id\n        slug\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MyVendorApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAsVendor($input: ApplyAsVendorInput!) {\n    applyAsVendor(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApplyAsVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorApplications($status: VendorApplicationStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      nodes {\n        id\n        status\n        businessName\n        description\n        website\n        serviceArea\n        reason\n        createdAt\n        applicant {\n          id\n          displayName\n        }\n        categories {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VendorApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageVendors($after: String) {\n    manageVendors(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        serviceArea\n        status\n        suspensionReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ManageVendorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVendorApplication($id: ID!) {\n    approveVendorApplication(id: $id) {\n      id\n      status\n      vendor {\n        id\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveVendorApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectVendorApplication($id: ID!, $reason: String!) {\n    rejectVendorApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectVendorApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendVendor($vendorId: ID!, $reason: String!) {\n    suspendVendor(vendorId: $vendorId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateVendor($vendorId: ID!) {\n    reinstateVendor(vendorId: $vendorId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReinstateVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorTeam($vendorId: ID!) {\n    vendorTeam(vendorId: $vendorId) {\n      accountId\n      displayName\n      role\n      joinedAt\n    }\n  }\n"): typeof import('./graphql').VendorTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteVendorStaff($vendorId: ID!, $email: String!) {\n    inviteVendorStaff(vendorId: $vendorId, email: $email) {\n      accountId\n    }\n  }\n"): typeof import('./graphql').InviteVendorStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVendorStaff($vendorId: ID!, $accountId: ID!) {\n    removeVendorStaff(vendorId: $vendorId, accountId: $accountId) {\n      accountId\n    }\n  }\n"): typeof import('./graphql').RemoveVendorStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandFields on Brand {\n    name\n    tagline\n    currency\n    primaryColor\n    accentColor\n    hero {\n      eyebrow\n      title\n      text\n      ctaLabel\n      ctaHref\n    }\n    logo {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n    heroImage {\n      url\n      alt\n      width\n      height\n      srcset\n    }\n  }\n"): typeof import('./graphql').BrandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brand {\n    brand {\n      ...BrandFields\n    }\n  }\n"): typeof import('./graphql').BrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      createdAt\n      memberships {\n        role\n        organisation {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
