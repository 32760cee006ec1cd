import { GraphQLSchemaHost } from '@nestjs/graphql';
import { declaredAccess, declaredRoutes, declaredRules, fieldsTakingIds, fieldsTakingIdsWithoutRule, fieldsWithoutPolicy, routesWithoutPolicyOrRule } from '@flagship/api-core';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * Deny by default, checked: every Query and Mutation field in the schema must be served by a resolver
 * method that declares who may call it (@Public or @Authenticated), and every field that takes an id
 * (as an argument or inside an input) names the rule that guards what the id points at (@Guards).
 * Roles are required in that one way, by a named rule: the whole map below is asserted, so a field
 * that any signed-in member may call is a visible choice. HTTP routes follow the same rules. That the
 * walks notice a missing declaration is tested in libs/api-core (policy.guard.spec.ts); that each rule
 * refuses whom it should, and is what refuses, is policy-refusals.spec.ts.
 */
describe('access policy coverage', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('finds a declared policy for every Query and Mutation field of the platform', () => {
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const fieldCount = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length;

    expect(fieldCount).toBeGreaterThanOrEqual(7);
    expect(fieldsWithoutPolicy(env.app)).toEqual([]);
  });

  it('finds a named rule for every field that takes an id, and each named rule is declared by a policy', () => {
    const idFields = fieldsTakingIds(env.app.get(GraphQLSchemaHost).schema);
    const declared = declaredAccess(env.app);
    const ruleNames = new Set(declaredRules().map((rule) => rule.name));

    expect(idFields.length).toBeGreaterThanOrEqual(20);
    expect(fieldsTakingIdsWithoutRule(env.app)).toEqual([]);
    for (const field of idFields) for (const rule of declared.get(field)!.rules) expect(ruleNames).toContain(rule);
  });

  it('declares, for every field, who may call it and the rules that decide the rest', () => {
    const declared = declaredAccess(env.app);
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    const withoutRule = (kind: string) => fields.filter((field) => declared.get(field)!.policy?.kind === kind && declared.get(field)!.rules.length === 0).sort();
    const withRules = Object.fromEntries(fields.filter((field) => declared.get(field)!.rules.length).map((field) => [field, `${declared.get(field)!.policy?.kind}: ${declared.get(field)!.rules.join(', ')}`]));

    // Anyone, visitors included.
    expect(withoutRule('public')).toEqual([
      'Mutation.logIn', 'Mutation.logOut', 'Mutation.signUp',
      'Query.brand', 'Query.buildSupportStages', 'Query.categories', 'Query.communityFeed', 'Query.me', 'Query.paymentSettings', 'Query.product', 'Query.service', 'Query.shippingMethods', 'Query.shopSettings', 'Query.taxRates', 'Query.usedItems', 'Query.vendor', 'Query.vendors',
    ]);
    // Any signed-in member, about their own things only.
    expect(withoutRule('authenticated')).toEqual([
      'Mutation.addPrivacyZone', 'Mutation.addSavedAddress', 'Mutation.confirmAdultSeller', 'Mutation.createCollection', 'Mutation.removeMyAvatar', 'Mutation.reportStolenBike', 'Mutation.updateMyProfile',
      'Query.cart', 'Query.myBookings', 'Query.myCollections', 'Query.myOrders', 'Query.mySellerAttestation', 'Query.myUsedItems', 'Query.myUsedSales', 'Query.myVendorApplication', 'Query.privacyZones', 'Query.savedAddresses',
    ]);
    // The map a reviewer reads: which rule decides each of the others.
    expect(withRules).toEqual({
      'Query.accounts': 'authenticated: account.list_all',
      'Query.brandMarketplaceSummary': 'authenticated: marketplace_dashboard.summary',
      'Query.buildReviewQueue': 'authenticated: build.review',
      'Query.cartPreview': 'public: product.buy',
      'Query.categoryExperts': 'authenticated: advice.manage_experts',
      'Query.checkoutQuote': 'authenticated: shipping_method.choose',
      'Query.collection': 'public: collection.read',
      'Query.contribution': 'public: contribution.read',
      'Query.manageOrders': 'authenticated: order.list_all',
      'Query.manageProducts': 'authenticated: product.list_all',
      'Query.manageShippingMethods': 'authenticated: shipping_method.manage',
      'Query.member': 'public: member.read',
      'Query.order': 'authenticated: order.read',
      'Query.orderBuyer': 'authenticated: order.read_buyer_account',
      'Query.orderHistory': 'authenticated: order.read_history',
      'Query.payoutAccount': 'authenticated: payout.read',
      'Query.products': 'public: product.browse',
      'Query.sellerBalance': 'authenticated: payout.read',
      'Query.sellerPayouts': 'authenticated: payout.read',
      'Mutation.startPayoutOnboarding': 'authenticated: payout.onboard',
      'Query.review': 'authenticated: review.read',
      'Query.vendorDashboard': 'authenticated: marketplace_dashboard.vendor',
      'Mutation.acceptAnswer': 'authenticated: advice.accept_answer',
      'Mutation.answer': 'authenticated: contribution.interact',
      'Mutation.askQuestion': 'authenticated: product.read',
      'Mutation.postProjectUpdate': 'authenticated: contribution.update',
      'Mutation.removeCategoryExpert': 'authenticated: advice.manage_experts',
      'Mutation.setCategoryExpert': 'authenticated: advice.manage_experts',
      'Mutation.updateProjectUpdate': 'authenticated: contribution.update',
      'Mutation.updateQuestion': 'authenticated: contribution.update',
      'Query.routeImport': 'authenticated: route_import.use',
      'Mutation.createRoute': 'authenticated: route_import.use',
      'Mutation.logRide': 'authenticated: contribution.interact',
      'Mutation.pinRoutePhoto': 'authenticated: contribution.update',
      'Mutation.removePrivacyZone': 'authenticated: privacy_zone.manage',
      'Mutation.unpinRoutePhoto': 'authenticated: contribution.update',
      'Mutation.updateRoute': 'authenticated: contribution.update',
      'Mutation.acceptBuild': 'authenticated: product.manage, build.review',
      'Mutation.addProductVariant': 'authenticated: product.manage',
      'Mutation.createBuild': 'authenticated: product.buy',
      'Mutation.declineBuild': 'authenticated: build.review',
      'Mutation.setBuildSupportStages': 'authenticated: build.review',
      'Mutation.supportBuild': 'authenticated: build.support, contribution.interact',
      'Mutation.updateBuild': 'authenticated: product.buy, contribution.update',
      'Mutation.withdrawBuildSupport': 'authenticated: build.support, contribution.interact',
      'Mutation.addItemsToCart': 'authenticated: product.buy',
      'Mutation.addToCart': 'authenticated: product.buy',
      'Mutation.adjustVariantStock': 'authenticated: product.manage',
      'Mutation.checkout': 'authenticated: shipping_method.choose',
      'Mutation.createCategory': 'authenticated: category.manage',
      'Mutation.updateCategory': 'authenticated: category.manage',
      'Mutation.createProduct': 'authenticated: product.manage',
      'Mutation.createGuide': 'authenticated: product.buy',
      'Mutation.updateGuide': 'authenticated: contribution.update',
      'Mutation.markGuideMade': 'authenticated: contribution.interact',
      'Mutation.createShippingMethod': 'authenticated: shipping_method.manage',
      'Mutation.fulfilOrder': 'authenticated: order.fulfil',
      'Mutation.grantBadge': 'authenticated: account.grant_badges',
      'Mutation.grantRole': 'authenticated: account.manage_roles',
      'Mutation.mergeCart': 'authenticated: product.buy',
      'Mutation.postReview': 'authenticated: review.post',
      'Mutation.postComment': 'authenticated: contribution.interact',
      'Mutation.editComment': 'authenticated: comment.update',
      'Mutation.deleteComment': 'authenticated: comment.update',
      'Mutation.react': 'authenticated: contribution.interact',
      'Mutation.unreact': 'authenticated: contribution.interact',
      'Mutation.followContribution': 'authenticated: contribution.interact',
      'Mutation.unfollowContribution': 'authenticated: contribution.read',
      'Mutation.followMember': 'authenticated: member.read',
      'Mutation.unfollowMember': 'authenticated: member.read',
      'Mutation.updateCollection': 'authenticated: collection.manage',
      'Mutation.deleteCollection': 'authenticated: collection.manage',
      'Mutation.saveToCollection': 'authenticated: collection.manage, contribution.interact',
      'Mutation.removeFromCollection': 'authenticated: collection.manage',
      'Mutation.refundOrder': 'authenticated: order.refund',
      'Mutation.removeBrandImage': 'authenticated: brand.manage',
      'Mutation.removeProductImage': 'authenticated: product.manage',
      'Mutation.removeSavedAddress': 'authenticated: saved_address.manage',
      'Mutation.reorderProductImages': 'authenticated: product.manage',
      'Mutation.removeTaxRate': 'authenticated: shop_settings.manage',
      'Mutation.revokeBadge': 'authenticated: account.grant_badges',
      'Mutation.revokeRole': 'authenticated: account.manage_roles',
      'Mutation.setCartQuantity': 'authenticated: product.buy',
      'Mutation.setDefaultSavedAddress': 'authenticated: saved_address.manage',
      'Mutation.setMainProductImage': 'authenticated: product.manage',
      'Mutation.setProductStatus': 'authenticated: product.manage',
      'Mutation.setTaxRate': 'authenticated: shop_settings.manage',
      'Mutation.setVariantStock': 'authenticated: product.manage',
      'Mutation.updateBrand': 'authenticated: brand.manage',
      'Mutation.updateProduct': 'authenticated: product.manage',
      'Mutation.updateProductImage': 'authenticated: product.manage',
      'Mutation.updateProductVariant': 'authenticated: product.manage',
      'Mutation.updateSavedAddress': 'authenticated: saved_address.manage',
      'Mutation.updateShippingMethod': 'authenticated: shipping_method.manage',
      'Mutation.updateShopSettings': 'authenticated: shop_settings.manage',
      'Query.manageVendors': 'authenticated: vendor.curate',
      'Query.vendorApplications': 'authenticated: vendor_application.decide',
      'Query.vendorTeam': 'authenticated: vendor.read_team',
      'Mutation.applyAsVendor': 'authenticated: vendor_application.apply',
      'Mutation.approveVendorApplication': 'authenticated: vendor_application.decide',
      'Mutation.rejectVendorApplication': 'authenticated: vendor_application.decide',
      'Mutation.suspendVendor': 'authenticated: vendor.curate',
      'Mutation.reinstateVendor': 'authenticated: vendor.curate',
      'Mutation.inviteVendorStaff': 'authenticated: vendor.manage_team',
      'Mutation.removeVendorStaff': 'authenticated: vendor.manage_team',
      // Marketplace: order parts (their seller's people, brand managers) and the marketplace's settings.
      'Query.vendorOrderParts': 'authenticated: vendor_order_parts.list',
      'Mutation.fulfilOrderPart': 'authenticated: order_part.fulfil',
      'Mutation.cancelOrderPart': 'authenticated: order_part.fulfil',
      'Mutation.refundOrderPart': 'authenticated: order_part.refund',
      'Query.marketplaceSettings': 'authenticated: marketplace_settings.manage',
      'Query.commissionRules': 'authenticated: marketplace_settings.manage',
      'Query.commissionRuleVendors': 'authenticated: marketplace_settings.manage',
      'Mutation.updateMarketplaceSettings': 'authenticated: marketplace_settings.manage',
      'Mutation.setCommissionRule': 'authenticated: marketplace_settings.manage',
      'Mutation.removeCommissionRule': 'authenticated: marketplace_settings.manage',
      // Resale (decision 0042).
      'Mutation.listUsedItem': 'authenticated: used_item.manage',
      'Mutation.updateUsedItem': 'authenticated: used_item.manage',
      'Mutation.withdrawUsedItem': 'authenticated: used_item.manage',
      'Mutation.markUsedItemShipped': 'authenticated: used_sale.ship',
      'Mutation.markUsedItemDelivered': 'authenticated: used_sale.deliver',
      'Mutation.confirmUsedItemReceived': 'authenticated: used_sale.receive',
      'Mutation.openClaim': 'authenticated: used_sale.receive',
      'Mutation.decideClaim': 'authenticated: used_sale.decide',
      'Query.claimQueue': 'authenticated: used_sale.decide',
      'Query.usedSalesOfOrder': 'authenticated: used_sale.read',
      'Mutation.importStolenBikes': 'authenticated: stolen_bike.manage',
      'Query.stolenBikes': 'authenticated: stolen_bike.manage',
      'Query.booking': 'authenticated: booking.read',
      'Query.services': 'public: vendor_service.browse',
      'Query.vendorBookings': 'authenticated: vendor_service.manage',
      'Query.vendorServiceReviews': 'public: vendor_service.browse',
      'Query.vendorServices': 'authenticated: vendor_service.manage',
      'Mutation.addServiceSlots': 'authenticated: vendor_service.manage',
      'Mutation.cancelBooking': 'authenticated: booking.cancel',
      'Mutation.completeBooking': 'authenticated: booking.serve',
      'Mutation.confirmBooking': 'authenticated: booking.serve',
      'Mutation.createServiceListing': 'authenticated: vendor_service.manage',
      'Mutation.holdSlot': 'authenticated: product.buy',
      'Mutation.removeServiceSlot': 'authenticated: vendor_service.manage',
      'Mutation.reviewBooking': 'authenticated: booking.review',
      'Mutation.updateServiceOffer': 'authenticated: vendor_service.manage',
      // Listings (decision 0038): a vendor's own people manage and list them; brand managers review.
      'Query.sellerListings': 'authenticated: listing.list',
      'Query.listing': 'authenticated: listing.read',
      'Query.listingReviewQueue': 'authenticated: listing.review',
      'Mutation.createVendorListing': 'authenticated: listing.manage',
      'Mutation.updateListing': 'authenticated: listing.manage',
      'Mutation.setListingStock': 'authenticated: listing.manage',
      'Mutation.withdrawListing': 'authenticated: listing.manage',
      'Mutation.approveListing': 'authenticated: listing.review',
      'Mutation.rejectListing': 'authenticated: listing.review',
      'Mutation.approveListingRevision': 'authenticated: listing.review',
      'Mutation.declineListingRevision': 'authenticated: listing.review',
    });
  });

  it('names, on a field that takes no id, only rules the guard can check without a resource', () => {
    // Such a rule about the resource would be checked by nobody: there is no id for the service to load.
    // Giving `shipping_method.manage` a condition on the method, say, fails here for createShippingMethod.
    const needsResource = new Set(declaredRules().filter(({ rule }) => rule.needsResource).map(({ name }) => name));
    const idFields = new Set(fieldsTakingIds(env.app.get(GraphQLSchemaHost).schema));
    const unchecked = [...declaredAccess(env.app)].filter(([field, { rules }]) => !idFields.has(field) && rules.some((rule) => needsResource.has(rule))).map(([field]) => field);
    expect(unchecked).toEqual([]);
  });

  it('holds HTTP routes to the same: a policy on each, and the photo upload names the product rule', () => {
    expect(routesWithoutPolicyOrRule(env.app)).toEqual([]);
    expect(Object.fromEntries([...declaredRoutes(env.app)].map(([route, { policy, rules }]) => [route, `${policy?.kind}${rules.length ? `: ${rules.join(', ')}` : ''}`]))).toEqual({
      'GET /health': 'public',
      'GET /media/*': 'public',
      'GET /robots.txt': 'public',
      'GET /sitemap.xml': 'public',
      'POST /brand/images/:slot': 'authenticated: brand.manage',
      'POST /catalog/products/:productId/images': 'authenticated: product.manage',
      'POST /uploads/avatar': 'authenticated',
      'POST /uploads/images': 'authenticated',
      'POST /uploads/gpx': 'authenticated',
      'GET /community/routes/:id/gpx': 'public: contribution.read',
      'POST /payments/stripe/webhook': 'public',
      'POST /payments/stripe/connect-webhook': 'public',
    });
  });
});
