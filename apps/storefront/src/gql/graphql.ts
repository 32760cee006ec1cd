/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptBuildInput = {
  buildId: string | number;
  /** The catalog category of the draft product made from it. */
  categoryId: string | number;
  /** ISO 4217; the currency of the parts list by default. */
  currency?: string | null | undefined;
  /** The draft product’s price in minor units; the parts list’s total by default. */
  priceMinor?: number | null | undefined;
  /** The creator’s royalty in basis points of net sales; 100 (1%) by default. */
  royaltyBp?: number | null | undefined;
};

export type AddPrivacyZoneInput = {
  lat: number;
  lng: number;
  /** 200–1000 metres. */
  radiusM: number;
};

export type AddServiceSlotsInput = {
  productId: string | number;
  slots: Array<NewSlotInput>;
};

export type AnswerInput = {
  /** Markdown, up to 10000 characters. */
  body: string;
  /** The question or progress post answered. */
  contributionId: string | number;
};

/** An application to sell on the platform: who you are and what you would offer. */
export type ApplyAsVendorInput = {
  /** The name shoppers will see, up to 80 characters. */
  businessName: string;
  /** The catalog categories you would sell in (at least one). */
  categoryIds: Array<string | number>;
  /** What you would sell or offer, and why it fits the brand (plain text, up to 2000 characters). */
  description: string;
  /** Where you work or deliver, e.g. "Berlin and Brandenburg" or "Online, EU-wide". */
  serviceArea: string;
  /** Your website, an http(s) address. */
  website?: string | null | undefined;
};

/** A question, on a product page or on its own. Questions always ask for advice. */
export type AskQuestionInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** The category it is about, when no product is given. */
  categoryId?: string | number | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** The product it is about (its category’s experts answer with a badge). */
  productId?: string | number | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

/** Badges only the platform grants, shown next to a member’s name wherever it appears. */
export type BadgeKind =
  | 'BRAND_STAFF'
  | 'EXPERT'
  | 'VENDOR';

export type BookingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD'
  | 'PAID';

/** The home hero’s texts and link. Fields left out stay as they are; an empty eyebrow, title or text hides it. */
export type BrandHeroInput = {
  ctaHref?: string | null | undefined;
  ctaLabel?: string | null | undefined;
  eyebrow?: string | null | undefined;
  text?: string | null | undefined;
  /** Empty: the brand’s name. */
  title?: string | null | undefined;
};

/** Where a brand image is shown: LOGO or HERO (home page). */
export type BrandImageSlot =
  | 'HERO'
  | 'LOGO';

/** A line of a parts list: a catalog variant (`variantId`), or free text (`label`) for what the shop does not sell. */
export type BuildPartInput = {
  /** What the part is; defaults to the variant’s product and variant names. */
  label?: string | null | undefined;
  note?: string | null | undefined;
  /** 1 to 99; 1 by default. */
  quantity?: number | null | undefined;
  variantId?: string | number | null | undefined;
};

/** Where a build is on its way to the shop. */
export type BuildState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'IN_REVIEW'
  | 'SUPPORTING';

export type BuildSupportStageInput = {
  /** Supporters in total by the end of the window; more than the stage before. */
  supporters: number;
  /** Days the stage stays open, 1 to 730. */
  windowDays: number;
};

export type CartLineInput = {
  quantity: number;
  variantId: string | number;
};

/** Checkout takes no prices: the server prices the cart itself. */
export type CheckoutInput = {
  address: ShippingAddressInput;
  /** A fresh UUID per checkout attempt, reused when retrying it: the same key is one order. */
  checkoutKey: string | number;
  /** The total the buyer was shown (checkoutQuote). When the order would cost anything else, nothing is placed: TOTAL_CHANGED on this field. */
  expectedTotalMinor?: number | null | undefined;
  /** Also keep this address in the buyer’s address book (unless it is there already). */
  saveAddress?: boolean;
  shippingMethodId: string | number;
};

export type ClaimOutcome =
  | 'REFUND_BUYER'
  | 'RELEASE_TO_SELLER';

export type ClaimReason =
  | 'DAMAGED'
  | 'NOT_AS_DESCRIBED'
  | 'NOT_RECEIVED'
  | 'OTHER';

export type ClaimStatus =
  | 'DECIDED'
  | 'OPEN';

export type CommentStatus =
  | 'REMOVED'
  | 'VISIBLE';

/** What kind of thing a member shared. */
export type ContributionKind =
  | 'BUILD'
  | 'GUIDE'
  | 'PROJECT_UPDATE'
  | 'QUESTION'
  | 'ROUTE';

export type ContributionStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REMOVED';

export type CreateBuildInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** The parts list in order, up to 60 lines. */
  parts?: Array<BuildPartInput> | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type CreateCollectionInput = {
  /** Anyone with its link may see it (false, private, by default). */
  isPublic?: boolean | null | undefined;
  name: string;
};

/** A new guide: a draft unless `publish`; publishing needs at least one step. */
export type CreateGuideInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  difficulty?: GuideDifficulty | null | undefined;
  parts?: Array<GuideItemInput> | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  steps?: Array<GuideStepInput> | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  /** How long it takes, in minutes (1 to 1440). */
  timeMinutes?: number | null | undefined;
  title?: string | null | undefined;
  tools?: Array<GuideItemInput> | null | undefined;
};

export type CreateProductInput = {
  categoryId: string | number;
  /** ISO 4217 code of the prices, e.g. EUR. */
  currency: string;
  description: string;
  name: string;
  /** Defaults to one made from the name. */
  slug?: string | null | undefined;
  /** The spec sheet in the order shown, at most 30 lines, each label once. Defaults to none. */
  specs?: Array<ProductSpecInput> | null | undefined;
  /** At least one: what buyers choose between. */
  variants: Array<VariantInput>;
};

export type CreateRouteInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** The upload (POST /uploads/gpx) to make the route of, once read (DONE). */
  importId: string | number;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type CreateServiceListingInput = {
  capacity: number;
  categoryId: string | number;
  description: string;
  durationMinutes: number;
  /** In person: the address. */
  location?: string | null | undefined;
  /** Online: the meeting link (https), shown to buyers only once they paid. */
  meetingUrl?: string | null | undefined;
  mode: ServiceMode;
  /** Price per seat, minor units. */
  priceMinor: number;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  title: string;
  vendorId: string | number;
};

/** A vendor’s new product: it waits for a brand manager’s review before it is shown. */
export type CreateVendorListingInput = {
  categoryId: string | number;
  description: string;
  /** Your uploads (POST /uploads/images), in order; the first is the main photo. */
  photoIds?: Array<string | number> | null | undefined;
  specs?: Array<ListingSpecInput> | null | undefined;
  title: string;
  /** At least one: what buyers choose between. */
  variants: Array<ListingVariantInput>;
};

/** The window a dashboard covers, ending now. */
export type DashboardPeriod =
  | 'LAST_30_DAYS'
  | 'LAST_90_DAYS'
  | 'LAST_365_DAYS';

export type DecideClaimInput = {
  claimId: string | number;
  note: string;
  outcome: ClaimOutcome;
};

export type DeclineBuildInput = {
  buildId: string | number;
  /** Why: the creator reads it. */
  reason: string;
};

export type EditCommentInput = {
  /** Markdown, 1 to 5000 characters. */
  body: string;
  id: string | number;
};

/** Why an answer was written as an expert. */
export type ExpertReason =
  | 'BRAND_STAFF'
  | 'CATEGORY_EXPERT'
  | 'VENDOR_STAFF';

/** Which contributions the community feed shows, and in what order. */
export type FeedScope =
  | 'FOLLOWING'
  | 'LATEST'
  | 'TRENDING';

export type FundsStatus =
  | 'FROZEN'
  | 'HELD'
  | 'NONE'
  | 'RELEASED';

/** Badges a brand manager grants by hand; the others follow from roles and memberships. */
export type GrantedBadge =
  | 'EXPERT';

/** How hard a guide is for a rider with a basic tool kit. */
export type GuideDifficulty =
  | 'EASY'
  | 'HARD'
  | 'MODERATE';

/** A tool or part: a catalog variant, or free text for something the shop does not sell. */
export type GuideItemInput = {
  /** What it is; defaults to the product’s name when a variant is given. */
  label?: string | null | undefined;
  /** 1 to 20; 1 when left out. */
  quantity?: number | null | undefined;
  /** The catalog variant to buy; leave out for free text. */
  variantId?: string | number | null | undefined;
};

/** One step of a guide, in the order given. */
export type GuideStepInput = {
  /** Markdown, up to 5000 characters. */
  body?: string | null | undefined;
  /** Your uploads for this step, in order. */
  photoIds?: Array<string | number> | null | undefined;
  title: string;
};

/** A used bike or part to sell: one item, public at once once its serial passes the stolen-bike check. */
export type ListUsedItemInput = {
  brand: string;
  condition: UsedItemCondition;
  description: string;
  /** Required for bikes; checked against the stolen-bike list. */
  frameSerial?: string | null | undefined;
  frameSize?: string | null | undefined;
  /** Shipping or pickup: how the buyer gets it. */
  handoverNote?: string | null | undefined;
  kind: UsedItemKind;
  model: string;
  /** Uploaded photos (POST /uploads/images), up to 8, the first is the main one. */
  photoIds?: Array<string | number> | null | undefined;
  /** Asking price in minor units (EUR). */
  priceMinor: number;
  title: string;
  year?: number | null | undefined;
};

export type ListingSpecInput = {
  /** What is specified, e.g. "Weight"; 1 to 40 characters. */
  label: string;
  /** Its value, e.g. "240 g"; 1 to 200 characters. */
  value: string;
};

export type ListingStatus =
  | 'APPROVED'
  | 'BLOCKED'
  | 'PENDING_REVIEW'
  | 'REJECTED'
  | 'WITHDRAWN';

export type ListingVariantInput = {
  colour?: string | null | undefined;
  /** What a buyer picks, e.g. "143 mm" or "100 ml". */
  name: string;
  /** Price in minor units of the brand’s currency, tax included. */
  priceMinor: number;
  size?: string | null | undefined;
  stock: number;
};

export type LogInInput = {
  email: string;
  password: string;
};

export type LogRideInput = {
  /** Your time in seconds. */
  durationS: number;
  note?: string | null | undefined;
  /** The day you rode it (YYYY-MM-DD), not in the future. */
  riddenOn: string;
  routeId: string | number;
};

/** "I made this": a photo of the result and an optional note. */
export type MarkGuideMadeInput = {
  guideId: string | number;
  /** Markdown, up to 1000 characters. */
  note?: string | null | undefined;
  /** Your upload (POST /uploads/images) showing what you made. */
  photoId: string | number;
};

export type NewSlotInput = {
  /** Defaults to the start plus the service’s duration. */
  endsAt?: string | null | undefined;
  startsAt: string;
};

/** Goods, a bookable service or a used item. */
export type OfferKind =
  | 'GOODS'
  | 'SERVICE'
  | 'USED';

export type OpenClaimInput = {
  details: string;
  partId: string | number;
  reason: ClaimReason;
};

export type OrderPartRefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type OrderPartStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'PAID'
  | 'PENDING_PAYMENT'
  | 'REFUNDED';

export type OrderStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING_PAYMENT'
  | 'REFUNDED';

export type OrganisationKind =
  | 'VENDOR';

/** A member’s place in an organisation: its owners manage it, its staff work for it. */
export type OrganisationRole =
  | 'OWNER'
  | 'STAFF';

export type PayoutAccountStatus =
  | 'ENABLED'
  | 'NOT_STARTED'
  | 'ONBOARDING'
  | 'RESTRICTED';

export type PayoutStatus =
  | 'BLOCKED'
  | 'FAILED'
  | 'PENDING'
  | 'REVERSED'
  | 'SENT';

export type PinRoutePhotoInput = {
  caption?: string | null | undefined;
  /** Where on the route: metres along the whole track; the pin goes on the nearest track point. */
  distanceM: number;
  /** One of your uploads (POST /uploads/images). Pinning it again moves it. */
  photoId: string | number;
  routeId: string | number;
};

export type PostCommentInput = {
  /** Markdown, 1 to 5000 characters. */
  body: string;
  contributionId: string | number;
  /** The comment to reply to; a reply to a reply joins the same thread. */
  parentId?: string | number | null | undefined;
};

/** A progress post on your project, optionally on one of your builds, asking for advice or not. */
export type PostProjectUpdateInput = {
  /** Ask the community for advice (answers open); false by default. */
  asksAdvice?: boolean | null | undefined;
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** One of your own builds this post reports on. */
  projectId?: string | number | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type PostReviewInput = {
  body: string;
  productId: string | number;
  /** 1 to 5 stars. */
  rating: number;
};

export type ProductFilterInput = {
  categorySlug?: string | null | undefined;
  /** Highest "from" price, in minor units. */
  maxPriceMinor?: number | null | undefined;
  /** Lowest "from" price, in minor units. */
  minPriceMinor?: number | null | undefined;
  /** Goods, services or used items; the shop asks for GOODS. */
  offerKind?: OfferKind | null | undefined;
  /** Words in the product name. */
  search?: string | null | undefined;
  /** Only what one vendor organisation (or reselling member) sells. */
  sellerId?: string | number | null | undefined;
  /** Only what the brand, vendors or members sell. */
  sellerKind?: SellerKind | null | undefined;
};

export type ProductSort =
  | 'NAME'
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'TOP_RATED';

export type ProductSpecInput = {
  /** What is specified, e.g. "Frame"; 1 to 40 characters, once per product. */
  label: string;
  /** Its value, e.g. "Aluminium 6061"; 1 to 200 characters. */
  value: string;
};

/** Only PUBLISHED products are visible to shoppers. */
export type ProductStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** A reaction to a contribution; a member gives each kind at most once. */
export type ReactionKind =
  | 'APPLAUD'
  | 'HELPFUL'
  | 'INSPIRING'
  | 'LIKE';

export type RefundStatus =
  /** The provider declined it: nothing was refunded. */
  | 'FAILED'
  /** Asked of the payment provider, not confirmed yet: retried automatically. */
  | 'PENDING'
  /** The money went back. */
  | 'SUCCEEDED';

export type ReviewBookingInput = {
  bookingId: string | number;
  rating: number;
  text?: string;
};

/** Whether the viewer may review a product, or why not. */
export type ReviewEligibility =
  | 'ALREADY_REVIEWED'
  | 'CAN_REVIEW'
  | 'NOT_FOR_SALE'
  | 'PURCHASE_REQUIRED'
  | 'SIGN_IN_REQUIRED';

export type ReviewSide =
  | 'BUYER'
  | 'VENDOR';

/** What a person may do on the platform. Every account is a CONSUMER; the others are granted by brand managers. */
export type Role =
  | 'BRAND_MANAGER'
  | 'CONSUMER'
  | 'MODERATOR'
  | 'VENDOR';

/** Where an uploaded GPX file is on its way to becoming a route. */
export type RouteImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'PARSING'
  | 'QUEUED';

export type SavedAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: string;
  /** True makes it the default, offered first at checkout; false leaves the default as it is. The first address saved is the default. */
  isDefault?: boolean;
  line1: string;
  line2?: string | null | undefined;
  /** Recipient */
  name: string;
  postcode: string;
};

/** Who sells: the brand, a vendor organisation or a member reselling a used item. */
export type SellerKind =
  | 'BRAND'
  | 'MEMBER'
  | 'VENDOR';

export type ServiceMode =
  | 'IN_PERSON'
  | 'ONLINE';

export type SetBuildSupportStagesInput = {
  stages: Array<BuildSupportStageInput>;
};

/** A commission for a vendor, a category, or a vendor in a category (at least one of them); replaces the rule of the same scope. */
export type SetCommissionRuleInput = {
  /** 0–10000 basis points. */
  bp: number;
  capMinor?: number | null | undefined;
  categoryId?: string | number | null | undefined;
  floorMinor?: number | null | undefined;
  vendorId?: string | number | null | undefined;
};

export type ShippingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  /** Recipient */
  name: string;
  postcode: string;
};

export type ShippingMethodInput = {
  active?: boolean;
  currency: string;
  /** Subtotal from which shipping is free; empty for always the flat price. */
  freeAboveMinor?: number | null | undefined;
  name: string;
  position?: number;
  /** Flat price in minor units. */
  priceMinor: number;
};

export type ShopSettingsInput = {
  pricesIncludeTax?: boolean | null | undefined;
  /** Minutes an unpaid order holds its stock, 5 to 1440. */
  reservationMinutes?: number | null | undefined;
};

export type SignUpInput = {
  /** The name other members see. */
  displayName: string;
  email: string;
  /** At least 10 characters and hard to guess: a common password, repeated or sequential characters, or one made of your name or email address is refused, with the reason (zxcvbn score below 3 of 4). */
  password: string;
};

/** IN_STOCK; LOW_STOCK at 3 units or fewer (say how many are left); SOLD_OUT at none. */
export type StockAvailability =
  | 'IN_STOCK'
  | 'LOW_STOCK'
  | 'SOLD_OUT';

export type StolenBikeSource =
  | 'IMPORT'
  | 'MEMBER_REPORT';

/** What a brand manager changes about the brand. Fields left out stay as they are. */
export type UpdateBrandInput = {
  /** #rrggbb, at least 3:1 against the white page. */
  accentColor?: string | null | undefined;
  hero?: BrandHeroInput | null | undefined;
  name?: string | null | undefined;
  /** #rrggbb, at least 3:1 against the white page (BAD_USER_INPUT with the measured ratio otherwise). */
  primaryColor?: string | null | undefined;
  /** One line under the name; empty for none. */
  tagline?: string | null | undefined;
};

/** Changes to your build; a field left out stays as it is (`parts`: the whole list is replaced). */
export type UpdateBuildInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  id: string | number;
  /** The parts list in order, up to 60 lines. */
  parts?: Array<BuildPartInput> | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateCollectionInput = {
  id: string | number;
  isPublic?: boolean | null | undefined;
  name?: string | null | undefined;
};

/** Changes to your guide: fields left out stay; steps, tools and parts given replace the old lists. */
export type UpdateGuideInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  difficulty?: GuideDifficulty | null | undefined;
  parts?: Array<GuideItemInput> | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  steps?: Array<GuideStepInput> | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  /** How long it takes, in minutes (1 to 1440). */
  timeMinutes?: number | null | undefined;
  title?: string | null | undefined;
  tools?: Array<GuideItemInput> | null | undefined;
};

/** Changes to a listing. On an approved listing a new title or price waits for review (the approved version stays on sale); the rest applies at once. */
export type UpdateListingInput = {
  description?: string | null | undefined;
  /** New uploads to add after the current photos. */
  photoIds?: Array<string | number> | null | undefined;
  /** One price for every variant, in minor units. */
  priceMinor?: number | null | undefined;
  /** Photos of the product to remove. */
  removeImageIds?: Array<string | number> | null | undefined;
  /** Replaces the spec sheet. */
  specs?: Array<ListingSpecInput> | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out stay as they are; a floor or cap set to null is removed. */
export type UpdateMarketplaceSettingsInput = {
  /** 5–120 minutes. */
  bookingHoldMinutes?: number | null | undefined;
  /** 0–720 hours. */
  cancellationNoticeHours?: number | null | undefined;
  /** 1–30 days. */
  claimWindowDays?: number | null | undefined;
  /** 0–10000 basis points. */
  defaultCommissionBp?: number | null | undefined;
  defaultCommissionCapMinor?: number | null | undefined;
  defaultCommissionFloorMinor?: number | null | undefined;
  /** 0–10000 basis points. */
  resaleFeeBp?: number | null | undefined;
  /** 1–60 days. */
  reviewRevealDays?: number | null | undefined;
};

export type UpdateProductInput = {
  categoryId?: string | number | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  /** Defaults to one made from the name. */
  slug?: string | null | undefined;
  /** The spec sheet in the order shown, at most 30 lines, each label once. Defaults to none. */
  specs?: Array<ProductSpecInput> | null | undefined;
};

/** What a member may change about their public profile. Fields left out stay as they are. */
export type UpdateProfileInput = {
  /** Up to 280 characters; empty removes it. */
  bio?: string | null | undefined;
  /** The name other members see. */
  displayName?: string | null | undefined;
};

/** Changes to your progress post; a field left out stays as it is. */
export type UpdateProjectUpdateInput = {
  asksAdvice?: boolean | null | undefined;
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

/** Changes to your question; a field left out stays as it is. */
export type UpdateQuestionInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateRouteInput = {
  /** Markdown, up to 20000 characters. */
  body?: string | null | undefined;
  id: string | number;
  /** Your uploads (POST /uploads/images), in the order to show them; the first is the cover. */
  photoIds?: Array<string | number> | null | undefined;
  /** Publish now (true) or keep it as a draft (false, the default on create). */
  publish?: boolean | null | undefined;
  /** Up to 10 tags of up to 30 characters; stored lower-case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateShippingMethodInput = {
  active?: boolean | null | undefined;
  currency?: string | null | undefined;
  /** Subtotal from which shipping is free; empty for always the flat price. */
  freeAboveMinor?: number | null | undefined;
  name?: string | null | undefined;
  position?: number | null | undefined;
  /** Flat price in minor units. */
  priceMinor?: number | null | undefined;
};

export type UpdateVariantInput = {
  colour?: string | null | undefined;
  /** What a buyer picks, e.g. "54 cm, Moss green". */
  name?: string | null | undefined;
  /** Price in minor units, tax included; at most 100000000000. */
  priceMinor?: number | null | undefined;
  size?: string | null | undefined;
  /** Unique across the shop: letters, digits and dashes. */
  sku?: string | null | undefined;
};

export type UsedItemCondition =
  | 'FAIR'
  | 'FOR_PARTS'
  | 'GOOD'
  | 'LIKE_NEW'
  | 'NEW_WITH_TAGS';

export type UsedItemKind =
  | 'BIKE'
  | 'OTHER'
  | 'PART';

export type UsedSaleStage =
  | 'CLAIMED'
  | 'DELIVERED'
  | 'PAID'
  | 'REFUNDED'
  | 'RELEASED'
  | 'SHIPPED';

export type VariantInput = {
  colour?: string | null | undefined;
  /** What a buyer picks, e.g. "54 cm, Moss green". */
  name: string;
  /** Price in minor units, tax included; at most 100000000000. */
  priceMinor: number;
  size?: string | null | undefined;
  /** Unique across the shop: letters, digits and dashes. */
  sku: string;
  /** Units on hand when the variant is created. */
  stock: number;
};

export type VendorApplicationStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type VendorStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type AddressBookQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressBookQuery = { savedAddresses: Array<{ id: string, name: string, line1: string, line2: string | null, city: string, postcode: string, country: string, isDefault: boolean }>, taxRates: Array<{ country: string, postcodePattern: string, postcodeExample: string | null }> };

export type AddSavedAddressMutationVariables = Exact<{
  input: SavedAddressInput;
}>;


export type AddSavedAddressMutation = { addSavedAddress: { id: string } };

export type UpdateSavedAddressMutationVariables = Exact<{
  id: string | number;
  input: SavedAddressInput;
}>;


export type UpdateSavedAddressMutation = { updateSavedAddress: { id: string } };

export type RemoveSavedAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSavedAddressMutation = { removeSavedAddress: Array<{ id: string }> };

export type SetDefaultSavedAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type SetDefaultSavedAddressMutation = { setDefaultSavedAddress: Array<{ id: string }> };

export type ProductQuestionsQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type ProductQuestionsQuery = { product: { id: string, name: string, questions: { nodes: Array<{ id: string, title: string, excerpt: string, publishedAt: string | null, author: { id: string, displayName: string, badges: Array<{ kind: BadgeKind, label: string }> }, answers: Array<{ id: string }>, acceptedAnswer: { id: string, bodyHtml: string, expert: { reason: ExpertReason, label: string } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type AdvicePostQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvicePostQuery = { contribution: { id: string, kind: ContributionKind, title: string, body: string, bodyHtml: string, excerpt: string, tags: Array<string>, status: ContributionStatus, asksAdvice: boolean, publishedAt: string | null, createdAt: string, viewerCanEdit: boolean, author: { id: string, displayName: string, badges: Array<{ kind: BadgeKind, label: string }> }, photos: Array<{ id: string, image: { url: string, srcset: string, alt: string, width: number, height: number } }>, product: { id: string, slug: string, name: string } | null, project: { id: string, title: string } | null, answers: Array<{ id: string, bodyHtml: string, createdAt: string, accepted: boolean, expert: { reason: ExpertReason, label: string } | null, author: { id: string, displayName: string, badges: Array<{ kind: BadgeKind, label: string }> } }> } };

export type AdviceProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type AdviceProjectQuery = { contribution: { id: string, kind: ContributionKind, title: string, viewerCanEdit: boolean } };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { askQuestion: { id: string, kind: ContributionKind } };

export type UpdateQuestionMutationVariables = Exact<{
  id: string | number;
  input: UpdateQuestionInput;
}>;


export type UpdateQuestionMutation = { updateQuestion: { id: string, kind: ContributionKind } };

export type PostProjectUpdateMutationVariables = Exact<{
  input: PostProjectUpdateInput;
}>;


export type PostProjectUpdateMutation = { postProjectUpdate: { id: string, kind: ContributionKind } };

export type UpdateProjectUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectUpdateInput;
}>;


export type UpdateProjectUpdateMutation = { updateProjectUpdate: { id: string, kind: ContributionKind } };

export type PostAnswerMutationVariables = Exact<{
  input: AnswerInput;
}>;


export type PostAnswerMutation = { answer: { id: string } };

export type AcceptAnswerMutationVariables = Exact<{
  answerId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, acceptedAnswer: { id: string } | null } };

export type CategoryExpertsQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoryExpertsQuery = { categoryExperts: Array<{ appointedAt: string, member: { id: string, displayName: string }, category: { id: string, name: string } }>, categories: Array<{ id: string, name: string }>, accounts: Array<{ id: string, displayName: string, email: string }> };

export type SetCategoryExpertMutationVariables = Exact<{
  accountId: string | number;
  categoryId: string | number;
}>;


export type SetCategoryExpertMutation = { setCategoryExpert: { appointedAt: string } };

export type RemoveCategoryExpertMutationVariables = Exact<{
  accountId: string | number;
  categoryId: string | number;
}>;


export type RemoveCategoryExpertMutation = { removeCategoryExpert: boolean };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { account: { id: string, displayName: string, roles: Array<Role> } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { account: { id: string, displayName: string, roles: Array<Role> } } };

export type ServiceCardFieldsFragment = { productId: string, durationMinutes: number, capacity: number, mode: ServiceMode, location: string | null, timeZone: string, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null } | null, vendor: { id: string, name: string, slug: string } | null };

export type ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesQuery = { services: Array<{ productId: string, durationMinutes: number, capacity: number, mode: ServiceMode, location: string | null, timeZone: string, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null } | null, vendor: { id: string, name: string, slug: string } | null }> };

export type ServiceQueryVariables = Exact<{
  slug: string;
}>;


export type ServiceQuery = { service: { productId: string, durationMinutes: number, capacity: number, mode: ServiceMode, location: string | null, timeZone: string, product: { id: string, status: ProductStatus, slug: string, name: string, description: string, variants: Array<{ id: string }>, priceFrom: { amountMinor: number, currency: string } | null } | null, vendor: { id: string, serviceArea: string, name: string, slug: string, serviceRating: { average: number | null, count: number } } | null, slots: Array<{ id: string, startsAt: string, endsAt: string, seatsLeft: number }> } };

export type HoldSlotMutationVariables = Exact<{
  slotId: string | number;
}>;


export type HoldSlotMutation = { holdSlot: { id: string, status: BookingStatus, holdExpiresAt: string | null } };

export type BookingFieldsFragment = { id: string, status: BookingStatus, seats: number, startsAt: string, endsAt: string, amountMinor: number | null, currency: string | null, refundedMinor: number, refundableUntil: string, meetingUrl: string | null, cancelReason: string | null, buyerName: string, viewerIsBuyer: boolean, service: { productId: string, mode: ServiceMode, location: string | null, timeZone: string, durationMinutes: number } | null, product: { id: string, slug: string, name: string } | null, vendor: { id: string, name: string } | null, reviews: Array<{ authorSide: ReviewSide, rating: number, text: string }> };

export type MyBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBookingsQuery = { myBookings: Array<{ id: string, status: BookingStatus, seats: number, startsAt: string, endsAt: string, amountMinor: number | null, currency: string | null, refundedMinor: number, refundableUntil: string, meetingUrl: string | null, cancelReason: string | null, buyerName: string, viewerIsBuyer: boolean, service: { productId: string, mode: ServiceMode, location: string | null, timeZone: string, durationMinutes: number } | null, product: { id: string, slug: string, name: string } | null, vendor: { id: string, name: string } | null, reviews: Array<{ authorSide: ReviewSide, rating: number, text: string }> }> };

export type VendorBookingsQueryVariables = Exact<{
  vendorId: string | number;
  after?: string | null | undefined;
}>;


export type VendorBookingsQuery = { vendorBookings: { nodes: Array<{ id: string, status: BookingStatus, seats: number, startsAt: string, endsAt: string, amountMinor: number | null, currency: string | null, refundedMinor: number, refundableUntil: string, meetingUrl: string | null, cancelReason: string | null, buyerName: string, viewerIsBuyer: boolean, service: { productId: string, mode: ServiceMode, location: string | null, timeZone: string, durationMinutes: number } | null, product: { id: string, slug: string, name: string } | null, vendor: { id: string, name: string } | null, reviews: Array<{ authorSide: ReviewSide, rating: number, text: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VendorServicesQueryVariables = Exact<{
  vendorId: string | number;
}>;


export type VendorServicesQuery = { vendorServices: Array<{ productId: string, durationMinutes: number, capacity: number, timeZone: string, product: { id: string, slug: string, name: string, status: ProductStatus } | null, vendorSlots: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, seatsLeft: number }> }> };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus, refundedMinor: number } };

export type ConfirmBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmBookingMutation = { confirmBooking: { id: string, status: BookingStatus } };

export type CompleteBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteBookingMutation = { completeBooking: { id: string, status: BookingStatus } };

export type ReviewBookingMutationVariables = Exact<{
  input: ReviewBookingInput;
}>;


export type ReviewBookingMutation = { reviewBooking: { authorSide: ReviewSide, rating: number } };

export type AddServiceSlotsMutationVariables = Exact<{
  input: AddServiceSlotsInput;
}>;


export type AddServiceSlotsMutation = { addServiceSlots: Array<{ id: string }> };

export type RemoveServiceSlotMutationVariables = Exact<{
  slotId: string | number;
}>;


export type RemoveServiceSlotMutation = { removeServiceSlot: boolean };

export type CreateServiceListingMutationVariables = Exact<{
  input: CreateServiceListingInput;
}>;


export type CreateServiceListingMutation = { createServiceListing: { productId: string } };

export type ServiceCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceCategoriesQuery = { categories: Array<{ id: string, name: string }> };

export type UpdateBrandMutationVariables = Exact<{
  input: UpdateBrandInput;
}>;


export type UpdateBrandMutation = { updateBrand: { name: string, tagline: string, currency: string, primaryColor: string, accentColor: string, hero: { eyebrow: string, title: string, text: string, ctaLabel: string, ctaHref: string }, logo: { url: string, alt: string, width: number, height: number, srcset: string } | null, heroImage: { url: string, alt: string, width: number, height: number, srcset: string } | null } };

export type BuildPageQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildPageQuery = { contribution: { id: string, kind: ContributionKind, title: string, body: string, bodyHtml: string, excerpt: string, tags: Array<string>, status: ContributionStatus, publishedAt: string | null, viewerCanEdit: boolean, author: { id: string, displayName: string, avatarUrl: string | null, badges: Array<{ kind: BadgeKind, label: string }> }, photos: Array<{ id: string, image: { url: string, alt: string, width: number, height: number, srcset: string } }>, build: { id: string, state: BuildState, supporters: number, stageNumber: number, stageCount: number, stageTarget: number | null, stageDeadline: string | null, viewerSupports: boolean, viewerCanSupport: boolean, declineReason: string | null, royaltyBp: number | null, parts: Array<{ id: string, label: string, quantity: number, note: string | null, variant: { id: string, name: string, inStock: boolean, price: { amountMinor: number, currency: string } } | null, product: { slug: string, name: string } | null }> } | null } };

export type SupportBuildMutationVariables = Exact<{
  buildId: string | number;
}>;


export type SupportBuildMutation = { supportBuild: { id: string, supportCount: number } };

export type WithdrawBuildSupportMutationVariables = Exact<{
  buildId: string | number;
}>;


export type WithdrawBuildSupportMutation = { withdrawBuildSupport: { id: string, supportCount: number } };

export type CreateBuildMutationVariables = Exact<{
  input: CreateBuildInput;
}>;


export type CreateBuildMutation = { createBuild: { id: string, status: ContributionStatus } };

export type UpdateBuildMutationVariables = Exact<{
  input: UpdateBuildInput;
}>;


export type UpdateBuildMutation = { updateBuild: { id: string, status: ContributionStatus } };

export type ShopPartsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopPartsQuery = { products: { nodes: Array<{ id: string, name: string, variants: Array<{ id: string, name: string, price: { amountMinor: number, currency: string } }> }> } };

export type BuildReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildReviewQueueQuery = { buildReviewQueue: Array<{ id: string, title: string, excerpt: string, author: { id: string, displayName: string }, cover: { image: { url: string, alt: string, width: number, height: number, srcset: string } } | null, build: { id: string, supporters: number, enteredReviewAt: string | null, parts: Array<{ id: string }> } | null }>, categories: Array<{ id: string, name: string }>, buildSupportStages: Array<{ supporters: number, windowDays: number }> };

export type AcceptBuildMutationVariables = Exact<{
  input: AcceptBuildInput;
}>;


export type AcceptBuildMutation = { acceptBuild: { id: string, build: { id: string, state: BuildState, product: { id: string, slug: string } | null } | null } };

export type DeclineBuildMutationVariables = Exact<{
  input: DeclineBuildInput;
}>;


export type DeclineBuildMutation = { declineBuild: { id: string, build: { id: string, state: BuildState } | null } };

export type SetBuildSupportStagesMutationVariables = Exact<{
  input: SetBuildSupportStagesInput;
}>;


export type SetBuildSupportStagesMutation = { setBuildSupportStages: Array<{ supporters: number, windowDays: number }> };

export type CartFieldsFragment = { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> };

export type CartQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQuery = { cart: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type CartPreviewQueryVariables = Exact<{
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type CartPreviewQuery = { cartPreview: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type AddToCartMutationVariables = Exact<{
  variantId: string | number;
  quantity: number;
}>;


export type AddToCartMutation = { addToCart: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type SetCartQuantityMutationVariables = Exact<{
  variantId: string | number;
  quantity: number;
}>;


export type SetCartQuantityMutation = { setCartQuantity: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type MergeCartMutationVariables = Exact<{
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type MergeCartMutation = { mergeCart: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type AddItemsToCartMutationVariables = Exact<{
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type AddItemsToCartMutation = { addItemsToCart: { itemCount: number, subtotal: { amountMinor: number, currency: string } | null, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null, offerKind: OfferKind }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }> } };

export type ProductCardFieldsFragment = { id: string, slug: string, name: string, ratingAverage: number, ratingCount: number, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }> };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nodes: Array<{ id: string, slug: string, name: string, ratingAverage: number, ratingCount: number, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string }> };

export type ProductQueryVariables = Exact<{
  slug: string;
}>;


export type ProductQuery = { product: { description: string, status: ProductStatus, offerKind: OfferKind, dispatchTime: string, reviewEligibility: ReviewEligibility, id: string, slug: string, name: string, ratingAverage: number, ratingCount: number, specs: Array<{ label: string, value: string }>, sizeGuide: { columns: Array<string>, note: string | null, rows: Array<{ size: string, values: Array<string> }> } | null, variants: Array<{ id: string, sku: string, name: string, size: string | null, colour: string | null, stock: number, inStock: boolean, availability: StockAvailability, price: { amountMinor: number, currency: string } }>, reviews: { nodes: Array<{ id: string, rating: number, body: string, verifiedPurchase: boolean, createdAt: string, author: { id: string, displayName: string, badges: Array<{ kind: BadgeKind, label: string }> } }>, pageInfo: { hasNextPage: boolean } }, related: Array<{ id: string, slug: string, name: string, ratingAverage: number, ratingCount: number, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }> }>, category: { slug: string, name: string }, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }> } | null };

export type PostReviewMutationVariables = Exact<{
  input: PostReviewInput;
}>;


export type PostReviewMutation = { postReview: { id: string } };

export type SavedAddressFieldsFragment = { id: string, name: string, line1: string, line2: string | null, city: string, postcode: string, country: string, isDefault: boolean };

export type CheckoutOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutOptionsQuery = { cart: { itemCount: number }, shippingMethods: Array<{ id: string, name: string, price: { amountMinor: number, currency: string }, freeAbove: { amountMinor: number, currency: string } | null }>, taxRates: Array<{ country: string, rateBp: number, postcodePattern: string, postcodeExample: string | null }>, savedAddresses: Array<{ id: string, name: string, line1: string, line2: string | null, city: string, postcode: string, country: string, isDefault: boolean }>, paymentSettings: { provider: string, testMode: boolean, stripePublishableKey: string | null } };

export type CheckoutQuoteQueryVariables = Exact<{
  shippingMethodId: string | number;
  country: string;
}>;


export type CheckoutQuoteQuery = { checkoutQuote: { itemCount: number, freeShipping: boolean, nothingToShip: boolean, taxRateBp: number, pricesIncludeTax: boolean, country: string, items: Array<{ quantity: number, available: boolean, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string }, variant: { id: string, name: string, stock: number }, product: { id: string, slug: string, name: string, sellerName: string | null }, booking: { id: string, startsAt: string, endsAt: string, holdExpiresAt: string | null, timeZone: string } | null, image: { url: string, alt: string, width: number, height: number, srcset: string } | null }>, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number, currency: string }, freeShippingShortfall: { amountMinor: number, currency: string } | null, tax: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string }, shippingMethod: { id: string, name: string } } };

export type PlaceOrderMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type PlaceOrderMutation = { checkout: { order: { id: string, number: string, status: OrderStatus, total: { amountMinor: number, currency: string } }, payment: { provider: string, status: string, testMode: boolean, clientSecret: string | null } } };

export type CommunityFeedQueryVariables = Exact<{
  scope: FeedScope;
  kind?: ContributionKind | null | undefined;
  tag?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CommunityFeedQuery = { communityFeed: { nodes: Array<{ id: string, kind: ContributionKind, title: string, excerpt: string, tags: Array<string>, publishedAt: string | null, commentCount: number, reactionCount: number, supportCount: number, author: { id: string, displayName: string, avatarUrl: string | null, badges: Array<{ kind: BadgeKind, label: string }> }, cover: { image: { url: string, srcset: string, alt: string, width: number, height: number } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberContributionsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type MemberContributionsQuery = { member: { id: string, contributions: { nodes: Array<{ id: string, kind: ContributionKind, title: string, excerpt: string, tags: Array<string>, publishedAt: string | null, commentCount: number, reactionCount: number, supportCount: number, author: { id: string, displayName: string, avatarUrl: string | null, badges: Array<{ kind: BadgeKind, label: string }> }, cover: { image: { url: string, srcset: string, alt: string, width: number, height: number } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type GuideQueryVariables = Exact<{
  id: string | number;
}>;


export type GuideQuery = { contribution: { id: string, kind: ContributionKind, status: ContributionStatus, title: string, body: string, bodyHtml: string, excerpt: string, tags: Array<string>, publishedAt: string | null, createdAt: string, viewerCanEdit: boolean, author: { id: string, displayName: string, avatarUrl: string | null, badges: Array<{ kind: BadgeKind, label: string }> }, photos: Array<{ id: string, image: { url: string, srcset: string, alt: string, width: number, height: number } }>, guide: { id: string, difficulty: GuideDifficulty, timeMinutes: number, completionCount: number, viewerMadeIt: boolean, steps: Array<{ id: string, number: number, title: string, body: string, bodyHtml: string, photos: Array<{ id: string, image: { url: string, srcset: string, alt: string, width: number, height: number } }> }>, tools: Array<{ id: string, label: string, quantity: number, variant: { id: string, name: string, inStock: boolean, price: { amountMinor: number, currency: string } } | null, product: { slug: string, name: string } | null }>, parts: Array<{ id: string, label: string, quantity: number, variant: { id: string, name: string, inStock: boolean, price: { amountMinor: number, currency: string } } | null, product: { slug: string, name: string } | null }>, completions: Array<{ id: string, noteHtml: string, createdAt: string, member: { id: string, displayName: string, badges: Array<{ kind: BadgeKind, label: string }> }, photo: { url: string, srcset: string, alt: string, width: number, height: number } }> } | null } };

export type GuideProductChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GuideProductChoicesQuery = { products: { nodes: Array<{ id: string, name: string, category: { name: string }, variants: Array<{ id: string, name: string }> }> } };

export type CreateGuideMutationVariables = Exact<{
  input: CreateGuideInput;
}>;


export type CreateGuideMutation = { createGuide: { id: string, status: ContributionStatus } };

export type UpdateGuideMutationVariables = Exact<{
  id: string | number;
  input: UpdateGuideInput;
}>;


export type UpdateGuideMutation = { updateGuide: { id: string, status: ContributionStatus } };

export type MarkGuideMadeMutationVariables = Exact<{
  input: MarkGuideMadeInput;
}>;


export type MarkGuideMadeMutation = { markGuideMade: { id: string } };

export type ContributionActivityQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ContributionActivityQuery = { contribution: { id: string, title: string, status: ContributionStatus, commentCount: number, reactionCount: number, viewerReactions: Array<ReactionKind>, viewerFollows: boolean, viewerSaved: boolean, reactions: Array<{ kind: ReactionKind, count: number }>, comments: { nodes: Array<{ id: string, parentId: string | null, status: CommentStatus, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, viewerCanEdit: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, replies: Array<{ id: string, parentId: string | null, status: CommentStatus, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, viewerCanEdit: boolean, author: { id: string, displayName: string, avatarUrl: string | null } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;


export type PostCommentMutation = { postComment: { id: string } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { id: string } };

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: { id: string } };

export type ReactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;


export type ReactMutation = { react: { id: string } };

export type UnreactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;


export type UnreactMutation = { unreact: { id: string } };

export type FollowContributionMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowContributionMutation = { followContribution: { id: string } };

export type UnfollowContributionMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowContributionMutation = { unfollowContribution: { id: string } };

export type SaveToCollectionMutationVariables = Exact<{
  id: string | number;
  collectionId?: string | number | null | undefined;
}>;


export type SaveToCollectionMutation = { saveToCollection: { id: string, name: string } };

export type RemoveFromCollectionMutationVariables = Exact<{
  collectionId: string | number;
  id: string | number;
}>;


export type RemoveFromCollectionMutation = { removeFromCollection: { id: string } };

export type MemberFollowQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberFollowQuery = { member: { id: string, displayName: string, followerCount: number, viewerFollows: boolean } | null };

export type FollowMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowMemberMutation = { followMember: { id: string, followerCount: number, viewerFollows: boolean } };

export type UnfollowMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowMemberMutation = { unfollowMember: { id: string, followerCount: number, viewerFollows: boolean } };

export type MyCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCollectionsQuery = { myCollections: Array<{ id: string, name: string, isPublic: boolean, itemCount: number, createdAt: string }> };

export type CollectionQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CollectionQuery = { collection: { id: string, name: string, isPublic: boolean, itemCount: number, viewerIsOwner: boolean, owner: { id: string, displayName: string }, items: { nodes: Array<{ id: string, kind: ContributionKind, title: string, excerpt: string, publishedAt: string | null, author: { id: string, displayName: string }, cover: { id: string, image: { url: string, srcset: string, alt: string, width: number, height: number } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { createCollection: { id: string } };

export type UpdateCollectionMutationVariables = Exact<{
  input: UpdateCollectionInput;
}>;


export type UpdateCollectionMutation = { updateCollection: { id: string, name: string, isPublic: boolean } };

export type DeleteCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCollectionMutation = { deleteCollection: { id: string } };

export type ContributionPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ContributionPreviewQuery = { contribution: { id: string, kind: ContributionKind, title: string, bodyHtml: string, publishedAt: string | null, commentCount: number, reactionCount: number, author: { id: string, displayName: string, avatarUrl: string | null } } };

export type SellerListingsQueryVariables = Exact<{
  vendorId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type SellerListingsQuery = { sellerListings: { nodes: Array<{ productId: string, offerKind: OfferKind, status: ListingStatus, reviewReason: string | null, submittedAt: string, sellerName: string, pendingRevision: { title: string | null, priceMinor: number | null, submittedAt: string | null } | null, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, srcset: string, alt: string, width: number, height: number }>, variants: Array<{ id: string, name: string, stock: number, price: { amountMinor: number, currency: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListingEditQueryVariables = Exact<{
  productId: string | number;
}>;


export type ListingEditQuery = { listing: { productId: string, status: ListingStatus, reviewReason: string | null, submittedAt: string, sellerName: string, sellerKind: SellerKind, sellerId: string, pendingRevision: { title: string | null, priceMinor: number | null, submittedAt: string | null } | null, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, srcset: string, alt: string, width: number, height: number }>, variants: Array<{ id: string, name: string, stock: number, price: { amountMinor: number, currency: string } }>, category: { id: string }, specs: Array<{ label: string, value: string }> } } };

export type ListingCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingCategoriesQuery = { categories: Array<{ id: string, name: string }> };

export type ListingReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ListingReviewQueueQuery = { listingReviewQueue: { nodes: Array<{ productId: string, offerKind: OfferKind, status: ListingStatus, reviewReason: string | null, submittedAt: string, sellerName: string, pendingRevision: { title: string | null, priceMinor: number | null, submittedAt: string | null } | null, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, srcset: string, alt: string, width: number, height: number }>, variants: Array<{ id: string, name: string, stock: number, price: { amountMinor: number, currency: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateVendorListingMutationVariables = Exact<{
  vendorId: string | number;
  input: CreateVendorListingInput;
}>;


export type CreateVendorListingMutation = { createVendorListing: { productId: string, status: ListingStatus } };

export type UpdateListingMutationVariables = Exact<{
  productId: string | number;
  input: UpdateListingInput;
}>;


export type UpdateListingMutation = { updateListing: { productId: string, status: ListingStatus, pendingRevision: { title: string | null, priceMinor: number | null } | null } };

export type SetListingStockMutationVariables = Exact<{
  variantId: string | number;
  stock: number;
}>;


export type SetListingStockMutation = { setListingStock: { id: string, stock: number } };

export type WithdrawListingMutationVariables = Exact<{
  productId: string | number;
}>;


export type WithdrawListingMutation = { withdrawListing: { productId: string, status: ListingStatus } };

export type ApproveListingMutationVariables = Exact<{
  productId: string | number;
}>;


export type ApproveListingMutation = { approveListing: { productId: string, status: ListingStatus } };

export type RejectListingMutationVariables = Exact<{
  productId: string | number;
  reason: string;
}>;


export type RejectListingMutation = { rejectListing: { productId: string, status: ListingStatus } };

export type ApproveListingRevisionMutationVariables = Exact<{
  productId: string | number;
}>;


export type ApproveListingRevisionMutation = { approveListingRevision: { productId: string, status: ListingStatus } };

export type DeclineListingRevisionMutationVariables = Exact<{
  productId: string | number;
  reason: string;
}>;


export type DeclineListingRevisionMutation = { declineListingRevision: { productId: string, status: ListingStatus } };

export type RemoveBrandImageMutationVariables = Exact<{
  slot: BrandImageSlot;
}>;


export type RemoveBrandImageMutation = { removeBrandImage: { id: string } };

export type ManageProductsQueryVariables = Exact<{
  status?: ProductStatus | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ManageProductsQuery = { manageProducts: { nodes: Array<{ id: string, slug: string, name: string, status: ProductStatus, category: { name: string }, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }>, priceFrom: { amountMinor: number, currency: string } | null, variants: Array<{ id: string, stock: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetProductStatusMutationVariables = Exact<{
  id: string | number;
  status: ProductStatus;
}>;


export type SetProductStatusMutation = { setProductStatus: { id: string, status: ProductStatus } };

export type UpdateVariantMutationVariables = Exact<{
  id: string | number;
  input: UpdateVariantInput;
}>;


export type UpdateVariantMutation = { updateProductVariant: { id: string, stock: number, price: { amountMinor: number, currency: string } } };

export type AdjustVariantStockMutationVariables = Exact<{
  variantId: string | number;
  delta: number;
}>;


export type AdjustVariantStockMutation = { adjustVariantStock: { id: string, stock: number } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string, slug: string, status: ProductStatus } };

export type EditProductQueryVariables = Exact<{
  slug: string;
}>;


export type EditProductQuery = { product: { id: string, slug: string, name: string, description: string, status: ProductStatus, category: { id: string }, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string, position: number }>, specs: Array<{ label: string, value: string }>, variants: Array<{ id: string, sku: string, name: string, size: string | null, colour: string | null, stock: number, price: { amountMinor: number, currency: string } }> } | null };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string, name: string, description: string } };

export type AddProductVariantMutationVariables = Exact<{
  productId: string | number;
  input: VariantInput;
}>;


export type AddProductVariantMutation = { addProductVariant: { id: string } };

export type ManageCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageCategoriesQuery = { categories: Array<{ id: string, name: string }> };

export type ManagedPhotoFragment = { id: string, url: string, alt: string, width: number, height: number, srcset: string, position: number };

export type UpdateProductImageMutationVariables = Exact<{
  id: string | number;
  alt: string;
}>;


export type UpdateProductImageMutation = { updateProductImage: { id: string, url: string, alt: string, width: number, height: number, srcset: string, position: number } };

export type ReorderProductImagesMutationVariables = Exact<{
  productId: string | number;
  imageIds: Array<string | number> | string | number;
}>;


export type ReorderProductImagesMutation = { reorderProductImages: { id: string, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string, position: number }> } };

export type SetMainProductImageMutationVariables = Exact<{
  id: string | number;
}>;


export type SetMainProductImageMutation = { setMainProductImage: { id: string, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string, position: number }> } };

export type RemoveProductImageMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveProductImageMutation = { removeProductImage: boolean };

export type ManageShopSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageShopSettingsQuery = { manageShippingMethods: Array<{ id: string, name: string, active: boolean, position: number, price: { amountMinor: number, currency: string }, freeAbove: { amountMinor: number } | null }>, taxRates: Array<{ country: string, rateBp: number }>, shopSettings: { pricesIncludeTax: boolean, reservationMinutes: number } };

export type CreateShippingMethodMutationVariables = Exact<{
  input: ShippingMethodInput;
}>;


export type CreateShippingMethodMutation = { createShippingMethod: { id: string } };

export type UpdateShippingMethodMutationVariables = Exact<{
  id: string | number;
  input: UpdateShippingMethodInput;
}>;


export type UpdateShippingMethodMutation = { updateShippingMethod: { id: string, active: boolean } };

export type SetTaxRateMutationVariables = Exact<{
  country: string;
  rateBp: number;
}>;


export type SetTaxRateMutation = { setTaxRate: { country: string, rateBp: number } };

export type RemoveTaxRateMutationVariables = Exact<{
  country: string;
}>;


export type RemoveTaxRateMutation = { removeTaxRate: boolean };

export type UpdateShopSettingsMutationVariables = Exact<{
  input: ShopSettingsInput;
}>;


export type UpdateShopSettingsMutation = { updateShopSettings: { pricesIncludeTax: boolean, reservationMinutes: number } };

export type MembersQueryVariables = Exact<{
  role?: Role | null | undefined;
}>;


export type MembersQuery = { accounts: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, member: { id: string, badges: Array<{ kind: BadgeKind, label: string }> } }> };

export type GrantRoleMutationVariables = Exact<{
  accountId: string | number;
  role: Role;
}>;


export type GrantRoleMutation = { grantRole: { id: string, roles: Array<Role> } };

export type RevokeRoleMutationVariables = Exact<{
  accountId: string | number;
  role: Role;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, roles: Array<Role> } };

export type GrantBadgeMutationVariables = Exact<{
  accountId: string | number;
  badge: GrantedBadge;
}>;


export type GrantBadgeMutation = { grantBadge: { id: string } };

export type RevokeBadgeMutationVariables = Exact<{
  accountId: string | number;
  badge: GrantedBadge;
}>;


export type RevokeBadgeMutation = { revokeBadge: { id: string } };

export type BuyerOrderPartsQueryVariables = Exact<{
  id: string | number;
}>;


export type BuyerOrderPartsQuery = { order: { id: string, parts: Array<{ id: string, sellerKind: SellerKind, sellerName: string, status: OrderPartStatus, total: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, lines: Array<{ id: string, productName: string, variantName: string, quantity: number, lineTotal: { amountMinor: number, currency: string } }>, refunds: Array<{ id: string, status: OrderPartRefundStatus, createdAt: string, amount: { amountMinor: number, currency: string } }> }> } };

export type ManagedOrderPartsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagedOrderPartsQuery = { order: { id: string, parts: Array<{ id: string, sellerKind: SellerKind, sellerName: string, status: OrderPartStatus, earnings: { commissionBp: number, gross: { amountMinor: number, currency: string }, commission: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, commissionRefunded: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } } | null }> } };

export type VendorOrderPartsQueryVariables = Exact<{
  vendorId: string | number;
  status?: OrderPartStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type VendorOrderPartsQuery = { vendorOrderParts: { nodes: Array<{ id: string, status: OrderPartStatus, createdAt: string, refunded: { amountMinor: number, currency: string }, shipTo: { name: string, city: string, country: string } | null, lines: Array<{ id: string, productName: string, variantName: string, quantity: number, lineTotal: { amountMinor: number, currency: string } }>, earnings: { commissionBp: number, gross: { amountMinor: number, currency: string }, commission: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, commissionRefunded: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FulfilOrderPartMutationVariables = Exact<{
  partId: string | number;
}>;


export type FulfilOrderPartMutation = { fulfilOrderPart: { id: string, status: OrderPartStatus } };

export type RefundOrderPartMutationVariables = Exact<{
  partId: string | number;
  amountMinor: number;
  refundKey: string | number;
  reason: string;
}>;


export type RefundOrderPartMutation = { refundOrderPart: { id: string, status: OrderPartStatus } };

export type MarketplaceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceSettingsQuery = { marketplaceSettings: { defaultCommissionBp: number, defaultCommissionFloorMinor: number | null, defaultCommissionCapMinor: number | null, resaleFeeBp: number, bookingHoldMinutes: number, cancellationNoticeHours: number, reviewRevealDays: number, claimWindowDays: number }, commissionRules: Array<{ id: string, vendorId: string | null, vendorName: string | null, categoryId: string | null, categoryName: string | null, bp: number, floorMinor: number | null, capMinor: number | null }>, commissionRuleVendors: Array<{ id: string, name: string }>, categories: Array<{ id: string, name: string }> };

export type UpdateMarketplaceSettingsMutationVariables = Exact<{
  input: UpdateMarketplaceSettingsInput;
}>;


export type UpdateMarketplaceSettingsMutation = { updateMarketplaceSettings: { defaultCommissionBp: number } };

export type SetCommissionRuleMutationVariables = Exact<{
  input: SetCommissionRuleInput;
}>;


export type SetCommissionRuleMutation = { setCommissionRule: { id: string } };

export type RemoveCommissionRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCommissionRuleMutation = { removeCommissionRule: boolean };

export type OrderConfirmationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderConfirmationQuery = { order: { id: string, number: string, status: OrderStatus, shippingMethodName: string, pricesIncludeTax: boolean, taxRateBp: number, reservationExpiresAt: string | null, cancelReason: string | null, buyer: { id: string, displayName: string }, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number, currency: string }, tax: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postcode: string, country: string }, lines: Array<{ id: string, productName: string, variantName: string, offerKind: OfferKind, quantity: number, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string } }>, payment: { status: string, testMode: boolean } | null } };

export type ManageOrdersQueryVariables = Exact<{
  status?: OrderStatus | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ManageOrdersQuery = { manageOrders: { nodes: Array<{ id: string, number: string, status: OrderStatus, createdAt: string, buyer: { id: string, displayName: string }, total: { amountMinor: number, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ManageOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageOrderQuery = { order: { paidAt: string | null, fulfilledAt: string | null, cancelledAt: string | null, cancelReason: string | null, id: string, number: string, status: OrderStatus, createdAt: string, pricesIncludeTax: boolean, taxRateBp: number, shippingMethodName: string, buyer: { id: string, displayName: string }, payment: { provider: string, status: string, testMode: boolean } | null, refunds: Array<{ reason: string, id: string, status: RefundStatus, createdAt: string, updatedAt: string, requestedBy: { id: string, displayName: string } | null, amount: { amountMinor: number, currency: string } }>, total: { amountMinor: number, currency: string }, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number, currency: string }, tax: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postcode: string, country: string }, lines: Array<{ id: string, sku: string, productName: string, variantName: string, quantity: number, image: { url: string, alt: string, width: number, height: number, srcset: string } | null, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string } }> }, orderBuyer: { id: string, email: string }, orderHistory: Array<{ id: string, type: string, occurredAt: string, reason: string | null, amount: { amountMinor: number, currency: string } | null, actor: { id: string, displayName: string } | null }> };

export type FulfilOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type FulfilOrderMutation = { fulfilOrder: { id: string, status: OrderStatus } };

export type RefundOrderMutationVariables = Exact<{
  orderId: string | number;
  amountMinor?: number | null | undefined;
  refundKey: string | number;
}>;


export type RefundOrderMutation = { refundOrder: { id: string, status: OrderStatus } };

export type OrderSummaryFieldsFragment = { id: string, number: string, status: OrderStatus, createdAt: string, total: { amountMinor: number, currency: string } };

export type MyOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { nodes: Array<{ id: string, number: string, status: OrderStatus, createdAt: string, total: { amountMinor: number, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderRefundFieldsFragment = { id: string, status: RefundStatus, createdAt: string, updatedAt: string, amount: { amountMinor: number, currency: string } };

export type OrderDetailFieldsFragment = { pricesIncludeTax: boolean, taxRateBp: number, shippingMethodName: string, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number, currency: string }, tax: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postcode: string, country: string }, lines: Array<{ id: string, sku: string, productName: string, variantName: string, quantity: number, image: { url: string, alt: string, width: number, height: number, srcset: string } | null, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string } }> };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { paidAt: string | null, fulfilledAt: string | null, cancelledAt: string | null, cancelReason: string | null, id: string, number: string, status: OrderStatus, createdAt: string, pricesIncludeTax: boolean, taxRateBp: number, shippingMethodName: string, payment: { provider: string, status: string, testMode: boolean, clientSecret: string | null } | null, refunds: Array<{ id: string, status: RefundStatus, createdAt: string, updatedAt: string, amount: { amountMinor: number, currency: string } }>, total: { amountMinor: number, currency: string }, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number, currency: string }, tax: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, postcode: string, country: string }, lines: Array<{ id: string, sku: string, productName: string, variantName: string, quantity: number, image: { url: string, alt: string, width: number, height: number, srcset: string } | null, unitPrice: { amountMinor: number, currency: string }, lineTotal: { amountMinor: number, currency: string } }> }, paymentSettings: { stripePublishableKey: string | null } };

export type PayoutDashboardQueryVariables = Exact<{
  kind: SellerKind;
  id: string | number;
}>;


export type PayoutDashboardQuery = { payoutAccount: { status: PayoutAccountStatus, provider: string, testMode: boolean, payoutsEnabled: boolean }, sellerBalance: Array<{ currency: string, owed: { amountMinor: number, currency: string }, held: { amountMinor: number, currency: string }, paidOut: { amountMinor: number, currency: string } }>, sellerPayouts: Array<{ id: string, orderPartId: string, status: PayoutStatus, testMode: boolean, providerTransferId: string | null, blockedReason: string | null, sentAt: string | null, createdAt: string, amount: { amountMinor: number, currency: string }, reversed: { amountMinor: number, currency: string } }> };

export type StartPayoutOnboardingMutationVariables = Exact<{
  kind: SellerKind;
  id: string | number;
}>;


export type StartPayoutOnboardingMutation = { startPayoutOnboarding: { url: string | null, account: { status: PayoutAccountStatus, testMode: boolean } } };

export type MemberProfileQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type MemberProfileQuery = { member: { id: string, displayName: string, bio: string | null, bioHtml: string | null, avatarUrl: string | null, joinedAt: string, badges: Array<{ kind: BadgeKind, label: string }>, reviews: { nodes: Array<{ id: string, rating: number, body: string, createdAt: string, verifiedPurchase: boolean, product: { name: string, slug: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, memberships: Array<{ role: OrganisationRole, organisation: { id: string, name: string } }>, member: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, badges: Array<{ kind: BadgeKind, label: string }> } } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, displayName: string, bio: string | null } };

export type RemoveMyAvatarMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveMyAvatarMutation = { removeMyAvatar: { id: string, avatarUrl: string | null } };

export type UsedItemCardFragment = { productId: string, kind: UsedItemKind, condition: UsedItemCondition, brand: string, model: string, frameSize: string | null, year: number | null, sellerName: string | null, title: string | null, slug: string | null, price: { amountMinor: number, currency: string } | null, photo: { url: string, alt: string, width: number, height: number, srcset: string } | null };

export type UsedMarketQueryVariables = Exact<{
  kind?: UsedItemKind | null | undefined;
  after?: string | null | undefined;
}>;


export type UsedMarketQuery = { usedItems: { nodes: Array<{ productId: string, kind: UsedItemKind, condition: UsedItemCondition, brand: string, model: string, frameSize: string | null, year: number | null, sellerName: string | null, title: string | null, slug: string | null, price: { amountMinor: number, currency: string } | null, photo: { url: string, alt: string, width: number, height: number, srcset: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UsedItemPageQueryVariables = Exact<{
  slug: string;
}>;


export type UsedItemPageQuery = { product: { id: string, slug: string, name: string, description: string, offerKind: OfferKind, images: Array<{ url: string, alt: string, width: number, height: number, srcset: string }>, variants: Array<{ id: string, name: string, stock: number, price: { amountMinor: number, currency: string } }>, usedItem: { productId: string, sellerId: string, kind: UsedItemKind, condition: UsedItemCondition, brand: string, model: string, frameSize: string | null, year: number | null, frameSerialMasked: string | null, handoverNote: string | null, sellerName: string | null, sold: boolean } | null } | null };

export type SellingQueryVariables = Exact<{ [key: string]: never; }>;


export type SellingQuery = { mySellerAttestation: { adultConfirmedAt: string } | null, myUsedItems: Array<{ listingStatus: ListingStatus | null, frameSerial: string | null, sold: boolean, createdAt: string, productId: string, kind: UsedItemKind, condition: UsedItemCondition, brand: string, model: string, frameSize: string | null, year: number | null, sellerName: string | null, title: string | null, slug: string | null, price: { amountMinor: number, currency: string } | null, photo: { url: string, alt: string, width: number, height: number, srcset: string } | null }>, myUsedSales: Array<{ partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } }> };

export type UsedSaleFieldsFragment = { partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } };

export type UsedSalesOfOrderQueryVariables = Exact<{
  orderId: string | number;
}>;


export type UsedSalesOfOrderQuery = { usedSalesOfOrder: Array<{ partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } }> };

export type ClaimQueueQueryVariables = Exact<{
  includeDecided: boolean;
}>;


export type ClaimQueueQuery = { claimQueue: Array<{ partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } }> };

export type StolenBikesQueryVariables = Exact<{ [key: string]: never; }>;


export type StolenBikesQuery = { stolenBikes: Array<{ id: string, serial: string, source: StolenBikeSource, note: string | null, createdAt: string }> };

export type ConfirmAdultSellerMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfirmAdultSellerMutation = { confirmAdultSeller: { adultConfirmedAt: string } };

export type ListUsedItemMutationVariables = Exact<{
  input: ListUsedItemInput;
}>;


export type ListUsedItemMutation = { listUsedItem: { productId: string, product: { id: string, slug: string } | null } };

export type WithdrawUsedItemMutationVariables = Exact<{
  productId: string | number;
}>;


export type WithdrawUsedItemMutation = { withdrawUsedItem: { productId: string } };

export type MarkUsedItemShippedMutationVariables = Exact<{
  partId: string | number;
  tracking?: string | null | undefined;
}>;


export type MarkUsedItemShippedMutation = { markUsedItemShipped: { partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } } };

export type MarkUsedItemDeliveredMutationVariables = Exact<{
  partId: string | number;
}>;


export type MarkUsedItemDeliveredMutation = { markUsedItemDelivered: { partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } } };

export type ConfirmUsedItemReceivedMutationVariables = Exact<{
  partId: string | number;
}>;


export type ConfirmUsedItemReceivedMutation = { confirmUsedItemReceived: { partId: string, orderId: string, stage: UsedSaleStage, fundsStatus: FundsStatus, shippedAt: string | null, trackingCode: string | null, deliveredAt: string | null, releaseAfter: string | null, receivedAt: string | null, claimable: boolean, viewerIsSeller: boolean, viewerIsBuyer: boolean, paid: { amountMinor: number, currency: string }, sellerNet: { amountMinor: number, currency: string } | null, claim: { id: string, reason: ClaimReason, details: string, status: ClaimStatus, outcome: ClaimOutcome | null, decisionNote: string | null, createdAt: string } | null, item: { productId: string, brand: string, model: string, kind: UsedItemKind, sellerId: string, sellerName: string | null, product: { id: string, slug: string, name: string } | null } } };

export type OpenClaimMutationVariables = Exact<{
  input: OpenClaimInput;
}>;


export type OpenClaimMutation = { openClaim: { id: string, status: ClaimStatus } };

export type DecideClaimMutationVariables = Exact<{
  input: DecideClaimInput;
}>;


export type DecideClaimMutation = { decideClaim: { id: string, status: ClaimStatus, outcome: ClaimOutcome | null } };

export type ReportStolenBikeMutationVariables = Exact<{
  serial: string;
  note?: string | null | undefined;
}>;


export type ReportStolenBikeMutation = { reportStolenBike: { id: string, serial: string } };

export type ImportStolenBikesMutationVariables = Exact<{
  csv: string;
}>;


export type ImportStolenBikesMutation = { importStolenBikes: { added: number, duplicates: number, blockedListings: number, problems: Array<{ line: number, message: string }> } };

export type RoutePageQueryVariables = Exact<{
  id: string | number;
}>;


export type RoutePageQuery = { contribution: { id: string, kind: ContributionKind, title: string, body: string, bodyHtml: string, excerpt: string, tags: Array<string>, status: ContributionStatus, publishedAt: string | null, viewerCanEdit: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, photos: Array<{ id: string, caption: string | null, image: { url: string, srcset: string, alt: string, width: number, height: number } }>, route: { distanceM: number, elevationGainM: number | null, elevationLossM: number | null, durationS: number | null, pointCount: number, polylines: Array<string>, viewerSeesWholeTrack: boolean, gpxUrl: string, start: { lat: number, lng: number } | null, elevationProfile: Array<{ distanceM: number, ele: number }>, photoPins: Array<{ id: string, caption: string | null, distanceM: number, point: { lat: number, lng: number }, photo: { url: string, srcset: string, alt: string, width: number, height: number } }>, leaderboard: Array<{ rank: number, durationS: number, riddenOn: string, rides: number, member: { id: string, displayName: string } }> } | null } };

export type LogRideMutationVariables = Exact<{
  input: LogRideInput;
}>;


export type LogRideMutation = { logRide: { id: string, durationS: number, personalBest: boolean } };

export type RouteImportQueryVariables = Exact<{
  id: string | number;
}>;


export type RouteImportQuery = { routeImport: { id: string, status: RouteImportStatus, progress: number, error: string | null, fileName: string, name: string | null, distanceM: number | null, elevationGainM: number | null, pointCount: number | null } };

export type CreateRouteMutationVariables = Exact<{
  input: CreateRouteInput;
}>;


export type CreateRouteMutation = { createRoute: { id: string } };

export type UpdateRouteMutationVariables = Exact<{
  input: UpdateRouteInput;
}>;


export type UpdateRouteMutation = { updateRoute: { id: string } };

export type PrivacyZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyZonesQuery = { privacyZones: Array<{ id: string, lat: number, lng: number, radiusM: number, createdAt: string }> };

export type AddPrivacyZoneMutationVariables = Exact<{
  input: AddPrivacyZoneInput;
}>;


export type AddPrivacyZoneMutation = { addPrivacyZone: { id: string } };

export type RemovePrivacyZoneMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePrivacyZoneMutation = { removePrivacyZone: { id: string } };

export type PinRoutePhotoMutationVariables = Exact<{
  input: PinRoutePhotoInput;
}>;


export type PinRoutePhotoMutation = { pinRoutePhoto: { id: string } };

export type UnpinRoutePhotoMutationVariables = Exact<{
  routeId: string | number;
  photoId: string | number;
}>;


export type UnpinRoutePhotoMutation = { unpinRoutePhoto: { id: string } };

export type VendorDashboardQueryVariables = Exact<{
  vendorId: string | number;
  period: DashboardPeriod;
}>;


export type VendorDashboardQuery = { vendorDashboard: { vendorId: string, vendorName: string, period: DashboardPeriod, from: string, to: string, currency: string, listingsWithPendingRevision: number, partsToFulfil: number, listings: Array<{ status: ListingStatus, count: number }>, orderParts: Array<{ status: OrderPartStatus, count: number }>, sales: { parts: number, gross: { amountMinor: number, currency: string }, commission: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, refunds: { amountMinor: number, currency: string } }, balance: { owed: { amountMinor: number, currency: string }, held: { amountMinor: number, currency: string } }, ratings: { average: number | null, count: number, ratedProducts: number }, customers: { customers: number, newCustomers: number, repeatCustomers: number, allTime: number } } };

export type MarketplaceSummaryQueryVariables = Exact<{
  period: DashboardPeriod;
}>;


export type MarketplaceSummaryQuery = { brandMarketplaceSummary: { period: DashboardPeriod, from: string, to: string, currency: string, activeVendors: number, sellingVendors: number, newVendorCustomers: number, commissionEarned: { amountMinor: number, currency: string }, commissionAllTime: { amountMinor: number, currency: string }, salesBySellerKind: Array<{ sellerKind: SellerKind, sales: { parts: number, gross: { amountMinor: number, currency: string }, commission: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, refunds: { amountMinor: number, currency: string } } }>, vendors: Array<{ vendorId: string, name: string, status: string, newCustomers: number, sales: { parts: number, gross: { amountMinor: number, currency: string }, commission: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, refunds: { amountMinor: number, currency: string } } }> } };

export type ProductSellerQueryVariables = Exact<{
  slug: string;
}>;


export type ProductSellerQuery = { product: { id: string, vendor: { id: string, slug: string, name: string, serviceArea: string } | null } | null };

export type VendorDirectoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VendorDirectoryQuery = { vendors: { nodes: Array<{ id: string, slug: string, name: string, description: string, serviceArea: string, categories: Array<{ id: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VendorQueryVariables = Exact<{
  slug: string;
}>;


export type VendorQuery = { vendor: { id: string, slug: string, name: string, description: string, website: string | null, serviceArea: string, status: VendorStatus | null, suspensionReason: string | null, createdAt: string, categories: Array<{ id: string, name: string, slug: string }> } };

export type VendorOffersQueryVariables = Exact<{
  sellerId: string | number;
  offerKind: OfferKind;
}>;


export type VendorOffersQuery = { products: { nodes: Array<{ id: string, slug: string, name: string, offerKind: OfferKind, priceFrom: { amountMinor: number, currency: string } | null, images: Array<{ id: string, url: string, alt: string, width: number, height: number, srcset: string }> }> } };

export type VendorServiceOffersQueryVariables = Exact<{
  vendorId: string | number;
}>;


export type VendorServiceOffersQuery = { services: Array<{ productId: string, durationMinutes: number, mode: ServiceMode, product: { id: string, slug: string, name: string, description: string, priceFrom: { amountMinor: number, currency: string } | null } | null }> };

export type MyVendorApplicationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVendorApplicationQuery = { myVendorApplication: { id: string, status: VendorApplicationStatus, businessName: string, reason: string | null, createdAt: string, decidedAt: string | null, vendor: { id: string, slug: string, name: string } | null } | null, categories: Array<{ id: string, name: string }> };

export type ApplyAsVendorMutationVariables = Exact<{
  input: ApplyAsVendorInput;
}>;


export type ApplyAsVendorMutation = { applyAsVendor: { id: string, status: VendorApplicationStatus } };

export type VendorApplicationsQueryVariables = Exact<{
  status?: VendorApplicationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type VendorApplicationsQuery = { vendorApplications: { nodes: Array<{ id: string, status: VendorApplicationStatus, businessName: string, description: string, website: string | null, serviceArea: string, reason: string | null, createdAt: string, applicant: { id: string, displayName: string }, categories: Array<{ id: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ManageVendorsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ManageVendorsQuery = { manageVendors: { nodes: Array<{ id: string, slug: string, name: string, serviceArea: string, status: VendorStatus | null, suspensionReason: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApproveVendorApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveVendorApplicationMutation = { approveVendorApplication: { id: string, status: VendorApplicationStatus, vendor: { id: string, slug: string } | null } };

export type RejectVendorApplicationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectVendorApplicationMutation = { rejectVendorApplication: { id: string, status: VendorApplicationStatus } };

export type SuspendVendorMutationVariables = Exact<{
  vendorId: string | number;
  reason: string;
}>;


export type SuspendVendorMutation = { suspendVendor: { id: string, status: VendorStatus | null } };

export type ReinstateVendorMutationVariables = Exact<{
  vendorId: string | number;
}>;


export type ReinstateVendorMutation = { reinstateVendor: { id: string, status: VendorStatus | null } };

export type VendorTeamQueryVariables = Exact<{
  vendorId: string | number;
}>;


export type VendorTeamQuery = { vendorTeam: Array<{ accountId: string, displayName: string, role: OrganisationRole, joinedAt: string }> };

export type InviteVendorStaffMutationVariables = Exact<{
  vendorId: string | number;
  email: string;
}>;


export type InviteVendorStaffMutation = { inviteVendorStaff: Array<{ accountId: string }> };

export type RemoveVendorStaffMutationVariables = Exact<{
  vendorId: string | number;
  accountId: string | number;
}>;


export type RemoveVendorStaffMutation = { removeVendorStaff: Array<{ accountId: string }> };

export type BrandFieldsFragment = { name: string, tagline: string, currency: string, primaryColor: string, accentColor: string, hero: { eyebrow: string, title: string, text: string, ctaLabel: string, ctaHref: string }, logo: { url: string, alt: string, width: number, height: number, srcset: string } | null, heroImage: { url: string, alt: string, width: number, height: number, srcset: string } | null };

export type BrandQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandQuery = { brand: { name: string, tagline: string, currency: string, primaryColor: string, accentColor: string, hero: { eyebrow: string, title: string, text: string, ctaLabel: string, ctaHref: string }, logo: { url: string, alt: string, width: number, height: number, srcset: string } | null, heroImage: { url: string, alt: string, width: number, height: number, srcset: string } | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, memberships: Array<{ role: OrganisationRole, organisation: { id: string, kind: OrganisationKind, name: string } }> } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

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
export const ServiceCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceCardFields on ServiceOffer {
  productId
  durationMinutes
  capacity
  mode
  location
  timeZone
  product {
    id
    slug
    name
    description
    priceFrom {
      amountMinor
      currency
    }
  }
  vendor {
    id
    name
    slug
  }
}
    `, {"fragmentName":"ServiceCardFields"}) as unknown as TypedDocumentString<ServiceCardFieldsFragment, unknown>;
export const BookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingFields on Booking {
  id
  status
  seats
  startsAt
  endsAt
  amountMinor
  currency
  refundedMinor
  refundableUntil
  meetingUrl
  cancelReason
  buyerName
  viewerIsBuyer
  service {
    productId
    mode
    location
    timeZone
    durationMinutes
  }
  product {
    id
    slug
    name
  }
  vendor {
    id
    name
  }
  reviews {
    authorSide
    rating
    text
  }
}
    `, {"fragmentName":"BookingFields"}) as unknown as TypedDocumentString<BookingFieldsFragment, unknown>;
export const CartFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}
    `, {"fragmentName":"CartFields"}) as unknown as TypedDocumentString<CartFieldsFragment, unknown>;
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCardFields on Product {
  id
  slug
  name
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
    id
    url
    alt
    width
    height
    srcset
  }
}
    `, {"fragmentName":"ProductCardFields"}) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
export const SavedAddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedAddressFields on SavedAddress {
  id
  name
  line1
  line2
  city
  postcode
  country
  isDefault
}
    `, {"fragmentName":"SavedAddressFields"}) as unknown as TypedDocumentString<SavedAddressFieldsFragment, unknown>;
export const ManagedPhotoFragmentDoc = new TypedDocumentString(`
    fragment ManagedPhoto on ProductImage {
  id
  url
  alt
  width
  height
  srcset
  position
}
    `, {"fragmentName":"ManagedPhoto"}) as unknown as TypedDocumentString<ManagedPhotoFragment, unknown>;
export const OrderSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderSummaryFields on Order {
  id
  number
  status
  createdAt
  total {
    amountMinor
    currency
  }
}
    `, {"fragmentName":"OrderSummaryFields"}) as unknown as TypedDocumentString<OrderSummaryFieldsFragment, unknown>;
export const OrderRefundFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderRefundFields on OrderRefund {
  id
  status
  createdAt
  updatedAt
  amount {
    amountMinor
    currency
  }
}
    `, {"fragmentName":"OrderRefundFields"}) as unknown as TypedDocumentString<OrderRefundFieldsFragment, unknown>;
export const OrderDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderDetailFields on Order {
  pricesIncludeTax
  taxRateBp
  shippingMethodName
  subtotal {
    amountMinor
    currency
  }
  shipping {
    amountMinor
    currency
  }
  tax {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
  refunded {
    amountMinor
    currency
  }
  shippingAddress {
    name
    line1
    line2
    city
    postcode
    country
  }
  lines {
    id
    sku
    productName
    variantName
    image {
      url
      alt
      width
      height
      srcset
    }
    quantity
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
  }
}
    `, {"fragmentName":"OrderDetailFields"}) as unknown as TypedDocumentString<OrderDetailFieldsFragment, unknown>;
export const UsedItemCardFragmentDoc = new TypedDocumentString(`
    fragment UsedItemCard on UsedItem {
  productId
  kind
  condition
  brand
  model
  frameSize
  year
  sellerName
  title
  slug
  price {
    amountMinor
    currency
  }
  photo {
    url
    alt
    width
    height
    srcset
  }
}
    `, {"fragmentName":"UsedItemCard"}) as unknown as TypedDocumentString<UsedItemCardFragment, unknown>;
export const UsedSaleFieldsFragmentDoc = new TypedDocumentString(`
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}
    `, {"fragmentName":"UsedSaleFields"}) as unknown as TypedDocumentString<UsedSaleFieldsFragment, unknown>;
export const BrandFieldsFragmentDoc = new TypedDocumentString(`
    fragment BrandFields on Brand {
  name
  tagline
  currency
  primaryColor
  accentColor
  hero {
    eyebrow
    title
    text
    ctaLabel
    ctaHref
  }
  logo {
    url
    alt
    width
    height
    srcset
  }
  heroImage {
    url
    alt
    width
    height
    srcset
  }
}
    `, {"fragmentName":"BrandFields"}) as unknown as TypedDocumentString<BrandFieldsFragment, unknown>;
export const AddressBookDocument = new TypedDocumentString(`
    query AddressBook {
  savedAddresses {
    id
    name
    line1
    line2
    city
    postcode
    country
    isDefault
  }
  taxRates {
    country
    postcodePattern
    postcodeExample
  }
}
    `) as unknown as TypedDocumentString<AddressBookQuery, AddressBookQueryVariables>;
export const AddSavedAddressDocument = new TypedDocumentString(`
    mutation AddSavedAddress($input: SavedAddressInput!) {
  addSavedAddress(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddSavedAddressMutation, AddSavedAddressMutationVariables>;
export const UpdateSavedAddressDocument = new TypedDocumentString(`
    mutation UpdateSavedAddress($id: ID!, $input: SavedAddressInput!) {
  updateSavedAddress(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateSavedAddressMutation, UpdateSavedAddressMutationVariables>;
export const RemoveSavedAddressDocument = new TypedDocumentString(`
    mutation RemoveSavedAddress($id: ID!) {
  removeSavedAddress(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveSavedAddressMutation, RemoveSavedAddressMutationVariables>;
export const SetDefaultSavedAddressDocument = new TypedDocumentString(`
    mutation SetDefaultSavedAddress($id: ID!) {
  setDefaultSavedAddress(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetDefaultSavedAddressMutation, SetDefaultSavedAddressMutationVariables>;
export const ProductQuestionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProductQuestionsQuery, ProductQuestionsQueryVariables>;
export const AdvicePostDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdvicePostQuery, AdvicePostQueryVariables>;
export const AdviceProjectDocument = new TypedDocumentString(`
    query AdviceProject($id: ID!) {
  contribution(id: $id) {
    id
    kind
    title
    viewerCanEdit
  }
}
    `) as unknown as TypedDocumentString<AdviceProjectQuery, AdviceProjectQueryVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($input: AskQuestionInput!) {
  askQuestion(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const UpdateQuestionDocument = new TypedDocumentString(`
    mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
  updateQuestion(id: $id, input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<UpdateQuestionMutation, UpdateQuestionMutationVariables>;
export const PostProjectUpdateDocument = new TypedDocumentString(`
    mutation PostProjectUpdate($input: PostProjectUpdateInput!) {
  postProjectUpdate(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<PostProjectUpdateMutation, PostProjectUpdateMutationVariables>;
export const UpdateProjectUpdateDocument = new TypedDocumentString(`
    mutation UpdateProjectUpdate($id: ID!, $input: UpdateProjectUpdateInput!) {
  updateProjectUpdate(id: $id, input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<UpdateProjectUpdateMutation, UpdateProjectUpdateMutationVariables>;
export const PostAnswerDocument = new TypedDocumentString(`
    mutation PostAnswer($input: AnswerInput!) {
  answer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostAnswerMutation, PostAnswerMutationVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($answerId: ID!) {
  acceptAnswer(answerId: $answerId) {
    id
    acceptedAnswer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const CategoryExpertsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CategoryExpertsQuery, CategoryExpertsQueryVariables>;
export const SetCategoryExpertDocument = new TypedDocumentString(`
    mutation SetCategoryExpert($accountId: ID!, $categoryId: ID!) {
  setCategoryExpert(accountId: $accountId, categoryId: $categoryId) {
    appointedAt
  }
}
    `) as unknown as TypedDocumentString<SetCategoryExpertMutation, SetCategoryExpertMutationVariables>;
export const RemoveCategoryExpertDocument = new TypedDocumentString(`
    mutation RemoveCategoryExpert($accountId: ID!, $categoryId: ID!) {
  removeCategoryExpert(accountId: $accountId, categoryId: $categoryId)
}
    `) as unknown as TypedDocumentString<RemoveCategoryExpertMutation, RemoveCategoryExpertMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    account {
      id
      displayName
      roles
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
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const ServicesDocument = new TypedDocumentString(`
    query Services {
  services {
    ...ServiceCardFields
  }
}
    fragment ServiceCardFields on ServiceOffer {
  productId
  durationMinutes
  capacity
  mode
  location
  timeZone
  product {
    id
    slug
    name
    description
    priceFrom {
      amountMinor
      currency
    }
  }
  vendor {
    id
    name
    slug
  }
}`) as unknown as TypedDocumentString<ServicesQuery, ServicesQueryVariables>;
export const ServiceDocument = new TypedDocumentString(`
    query Service($slug: String!) {
  service(slug: $slug) {
    ...ServiceCardFields
    product {
      id
      status
      variants {
        id
      }
    }
    vendor {
      id
      serviceArea
      serviceRating {
        average
        count
      }
    }
    slots {
      id
      startsAt
      endsAt
      seatsLeft
    }
  }
}
    fragment ServiceCardFields on ServiceOffer {
  productId
  durationMinutes
  capacity
  mode
  location
  timeZone
  product {
    id
    slug
    name
    description
    priceFrom {
      amountMinor
      currency
    }
  }
  vendor {
    id
    name
    slug
  }
}`) as unknown as TypedDocumentString<ServiceQuery, ServiceQueryVariables>;
export const HoldSlotDocument = new TypedDocumentString(`
    mutation HoldSlot($slotId: ID!) {
  holdSlot(slotId: $slotId) {
    id
    status
    holdExpiresAt
  }
}
    `) as unknown as TypedDocumentString<HoldSlotMutation, HoldSlotMutationVariables>;
export const MyBookingsDocument = new TypedDocumentString(`
    query MyBookings {
  myBookings {
    ...BookingFields
  }
}
    fragment BookingFields on Booking {
  id
  status
  seats
  startsAt
  endsAt
  amountMinor
  currency
  refundedMinor
  refundableUntil
  meetingUrl
  cancelReason
  buyerName
  viewerIsBuyer
  service {
    productId
    mode
    location
    timeZone
    durationMinutes
  }
  product {
    id
    slug
    name
  }
  vendor {
    id
    name
  }
  reviews {
    authorSide
    rating
    text
  }
}`) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const VendorBookingsDocument = new TypedDocumentString(`
    query VendorBookings($vendorId: ID!, $after: String) {
  vendorBookings(vendorId: $vendorId, first: 15, after: $after) {
    nodes {
      ...BookingFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  seats
  startsAt
  endsAt
  amountMinor
  currency
  refundedMinor
  refundableUntil
  meetingUrl
  cancelReason
  buyerName
  viewerIsBuyer
  service {
    productId
    mode
    location
    timeZone
    durationMinutes
  }
  product {
    id
    slug
    name
  }
  vendor {
    id
    name
  }
  reviews {
    authorSide
    rating
    text
  }
}`) as unknown as TypedDocumentString<VendorBookingsQuery, VendorBookingsQueryVariables>;
export const VendorServicesDocument = new TypedDocumentString(`
    query VendorServices($vendorId: ID!) {
  vendorServices(vendorId: $vendorId) {
    productId
    durationMinutes
    capacity
    timeZone
    product {
      id
      slug
      name
      status
    }
    vendorSlots {
      id
      startsAt
      endsAt
      capacity
      seatsLeft
    }
  }
}
    `) as unknown as TypedDocumentString<VendorServicesQuery, VendorServicesQueryVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $reason: String) {
  cancelBooking(id: $id, reason: $reason) {
    id
    status
    refundedMinor
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const ConfirmBookingDocument = new TypedDocumentString(`
    mutation ConfirmBooking($id: ID!) {
  confirmBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConfirmBookingMutation, ConfirmBookingMutationVariables>;
export const CompleteBookingDocument = new TypedDocumentString(`
    mutation CompleteBooking($id: ID!) {
  completeBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteBookingMutation, CompleteBookingMutationVariables>;
export const ReviewBookingDocument = new TypedDocumentString(`
    mutation ReviewBooking($input: ReviewBookingInput!) {
  reviewBooking(input: $input) {
    authorSide
    rating
  }
}
    `) as unknown as TypedDocumentString<ReviewBookingMutation, ReviewBookingMutationVariables>;
export const AddServiceSlotsDocument = new TypedDocumentString(`
    mutation AddServiceSlots($input: AddServiceSlotsInput!) {
  addServiceSlots(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddServiceSlotsMutation, AddServiceSlotsMutationVariables>;
export const RemoveServiceSlotDocument = new TypedDocumentString(`
    mutation RemoveServiceSlot($slotId: ID!) {
  removeServiceSlot(slotId: $slotId)
}
    `) as unknown as TypedDocumentString<RemoveServiceSlotMutation, RemoveServiceSlotMutationVariables>;
export const CreateServiceListingDocument = new TypedDocumentString(`
    mutation CreateServiceListing($input: CreateServiceListingInput!) {
  createServiceListing(input: $input) {
    productId
  }
}
    `) as unknown as TypedDocumentString<CreateServiceListingMutation, CreateServiceListingMutationVariables>;
export const ServiceCategoriesDocument = new TypedDocumentString(`
    query ServiceCategories {
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ServiceCategoriesQuery, ServiceCategoriesQueryVariables>;
export const UpdateBrandDocument = new TypedDocumentString(`
    mutation UpdateBrand($input: UpdateBrandInput!) {
  updateBrand(input: $input) {
    ...BrandFields
  }
}
    fragment BrandFields on Brand {
  name
  tagline
  currency
  primaryColor
  accentColor
  hero {
    eyebrow
    title
    text
    ctaLabel
    ctaHref
  }
  logo {
    url
    alt
    width
    height
    srcset
  }
  heroImage {
    url
    alt
    width
    height
    srcset
  }
}`) as unknown as TypedDocumentString<UpdateBrandMutation, UpdateBrandMutationVariables>;
export const BuildPageDocument = new TypedDocumentString(`
    query BuildPage($id: ID!) {
  contribution(id: $id) {
    id
    kind
    title
    body
    bodyHtml
    excerpt
    tags
    status
    publishedAt
    viewerCanEdit
    author {
      id
      displayName
      avatarUrl
      badges {
        kind
        label
      }
    }
    photos {
      id
      image {
        url
        alt
        width
        height
        srcset
      }
    }
    build {
      id
      state
      supporters
      stageNumber
      stageCount
      stageTarget
      stageDeadline
      viewerSupports
      viewerCanSupport
      declineReason
      royaltyBp
      parts {
        id
        label
        quantity
        note
        variant {
          id
          name
          inStock
          price {
            amountMinor
            currency
          }
        }
        product {
          slug
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuildPageQuery, BuildPageQueryVariables>;
export const SupportBuildDocument = new TypedDocumentString(`
    mutation SupportBuild($buildId: ID!) {
  supportBuild(buildId: $buildId) {
    id
    supportCount
  }
}
    `) as unknown as TypedDocumentString<SupportBuildMutation, SupportBuildMutationVariables>;
export const WithdrawBuildSupportDocument = new TypedDocumentString(`
    mutation WithdrawBuildSupport($buildId: ID!) {
  withdrawBuildSupport(buildId: $buildId) {
    id
    supportCount
  }
}
    `) as unknown as TypedDocumentString<WithdrawBuildSupportMutation, WithdrawBuildSupportMutationVariables>;
export const CreateBuildDocument = new TypedDocumentString(`
    mutation CreateBuild($input: CreateBuildInput!) {
  createBuild(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreateBuildMutation, CreateBuildMutationVariables>;
export const UpdateBuildDocument = new TypedDocumentString(`
    mutation UpdateBuild($input: UpdateBuildInput!) {
  updateBuild(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateBuildMutation, UpdateBuildMutationVariables>;
export const ShopPartsDocument = new TypedDocumentString(`
    query ShopParts {
  products(first: 100, sort: NEWEST) {
    nodes {
      id
      name
      variants {
        id
        name
        price {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShopPartsQuery, ShopPartsQueryVariables>;
export const BuildReviewQueueDocument = new TypedDocumentString(`
    query BuildReviewQueue {
  buildReviewQueue {
    id
    title
    excerpt
    author {
      id
      displayName
    }
    cover {
      image {
        url
        alt
        width
        height
        srcset
      }
    }
    build {
      id
      supporters
      enteredReviewAt
      parts {
        id
      }
    }
  }
  categories {
    id
    name
  }
  buildSupportStages {
    supporters
    windowDays
  }
}
    `) as unknown as TypedDocumentString<BuildReviewQueueQuery, BuildReviewQueueQueryVariables>;
export const AcceptBuildDocument = new TypedDocumentString(`
    mutation AcceptBuild($input: AcceptBuildInput!) {
  acceptBuild(input: $input) {
    id
    build {
      id
      state
      product {
        id
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptBuildMutation, AcceptBuildMutationVariables>;
export const DeclineBuildDocument = new TypedDocumentString(`
    mutation DeclineBuild($input: DeclineBuildInput!) {
  declineBuild(input: $input) {
    id
    build {
      id
      state
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineBuildMutation, DeclineBuildMutationVariables>;
export const SetBuildSupportStagesDocument = new TypedDocumentString(`
    mutation SetBuildSupportStages($input: SetBuildSupportStagesInput!) {
  setBuildSupportStages(input: $input) {
    supporters
    windowDays
  }
}
    `) as unknown as TypedDocumentString<SetBuildSupportStagesMutation, SetBuildSupportStagesMutationVariables>;
export const CartDocument = new TypedDocumentString(`
    query Cart {
  cart {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const CartPreviewDocument = new TypedDocumentString(`
    query CartPreview($lines: [CartLineInput!]!) {
  cartPreview(lines: $lines) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<CartPreviewQuery, CartPreviewQueryVariables>;
export const AddToCartDocument = new TypedDocumentString(`
    mutation AddToCart($variantId: ID!, $quantity: Int!) {
  addToCart(variantId: $variantId, quantity: $quantity) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<AddToCartMutation, AddToCartMutationVariables>;
export const SetCartQuantityDocument = new TypedDocumentString(`
    mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {
  setCartQuantity(variantId: $variantId, quantity: $quantity) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<SetCartQuantityMutation, SetCartQuantityMutationVariables>;
export const MergeCartDocument = new TypedDocumentString(`
    mutation MergeCart($lines: [CartLineInput!]!) {
  mergeCart(lines: $lines) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<MergeCartMutation, MergeCartMutationVariables>;
export const AddItemsToCartDocument = new TypedDocumentString(`
    mutation AddItemsToCart($lines: [CartLineInput!]!) {
  addItemsToCart(lines: $lines) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  itemCount
  subtotal {
    amountMinor
    currency
  }
  items {
    quantity
    available
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
    variant {
      id
      name
      stock
    }
    product {
      id
      slug
      name
      sellerName
      offerKind
    }
    booking {
      id
      startsAt
      endsAt
      holdExpiresAt
      timeZone
    }
    image {
      url
      alt
      width
      height
      srcset
    }
  }
}`) as unknown as TypedDocumentString<AddItemsToCartMutation, AddItemsToCartMutationVariables>;
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
    id
    url
    alt
    width
    height
    srcset
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
    description
    status
    offerKind
    dispatchTime
    specs {
      label
      value
    }
    sizeGuide {
      columns
      rows {
        size
        values
      }
      note
    }
    variants {
      id
      sku
      name
      size
      colour
      stock
      inStock
      availability
      price {
        amountMinor
        currency
      }
    }
    reviewEligibility
    reviews(first: 10) {
      nodes {
        id
        author {
          id
          displayName
          badges {
            kind
            label
          }
        }
        rating
        body
        verifiedPurchase
        createdAt
      }
      pageInfo {
        hasNextPage
      }
    }
    related(first: 4) {
      ...ProductCardFields
    }
  }
}
    fragment ProductCardFields on Product {
  id
  slug
  name
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
    id
    url
    alt
    width
    height
    srcset
  }
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const PostReviewDocument = new TypedDocumentString(`
    mutation PostReview($input: PostReviewInput!) {
  postReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostReviewMutation, PostReviewMutationVariables>;
export const CheckoutOptionsDocument = new TypedDocumentString(`
    query CheckoutOptions {
  cart {
    itemCount
  }
  shippingMethods {
    id
    name
    price {
      amountMinor
      currency
    }
    freeAbove {
      amountMinor
      currency
    }
  }
  taxRates {
    country
    rateBp
    postcodePattern
    postcodeExample
  }
  savedAddresses {
    ...SavedAddressFields
  }
  paymentSettings {
    provider
    testMode
    stripePublishableKey
  }
}
    fragment SavedAddressFields on SavedAddress {
  id
  name
  line1
  line2
  city
  postcode
  country
  isDefault
}`) as unknown as TypedDocumentString<CheckoutOptionsQuery, CheckoutOptionsQueryVariables>;
export const CheckoutQuoteDocument = new TypedDocumentString(`
    query CheckoutQuote($shippingMethodId: ID!, $country: String!) {
  checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {
    itemCount
    items {
      quantity
      available
      unitPrice {
        amountMinor
        currency
      }
      lineTotal {
        amountMinor
        currency
      }
      variant {
        id
        name
        stock
      }
      product {
        id
        slug
        name
        sellerName
      }
      booking {
        id
        startsAt
        endsAt
        holdExpiresAt
        timeZone
      }
      image {
        url
        alt
        width
        height
        srcset
      }
    }
    subtotal {
      amountMinor
      currency
    }
    shipping {
      amountMinor
      currency
    }
    freeShipping
    nothingToShip
    freeShippingShortfall {
      amountMinor
      currency
    }
    tax {
      amountMinor
      currency
    }
    taxRateBp
    pricesIncludeTax
    total {
      amountMinor
      currency
    }
    shippingMethod {
      id
      name
    }
    country
  }
}
    `) as unknown as TypedDocumentString<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: CheckoutInput!) {
  checkout(input: $input) {
    order {
      id
      number
      status
      total {
        amountMinor
        currency
      }
    }
    payment {
      provider
      status
      testMode
      clientSecret
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const CommunityFeedDocument = new TypedDocumentString(`
    query CommunityFeed($scope: FeedScope!, $kind: ContributionKind, $tag: String, $first: Int!, $after: String) {
  communityFeed(
    scope: $scope
    kind: $kind
    tag: $tag
    first: $first
    after: $after
  ) {
    nodes {
      id
      kind
      title
      excerpt
      tags
      publishedAt
      commentCount
      reactionCount
      supportCount
      author {
        id
        displayName
        avatarUrl
        badges {
          kind
          label
        }
      }
      cover {
        image {
          url
          srcset
          alt
          width
          height
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFeedQuery, CommunityFeedQueryVariables>;
export const MemberContributionsDocument = new TypedDocumentString(`
    query MemberContributions($id: ID!, $first: Int!, $after: String) {
  member(id: $id) {
    id
    contributions(first: $first, after: $after) {
      nodes {
        id
        kind
        title
        excerpt
        tags
        publishedAt
        commentCount
        reactionCount
        supportCount
        author {
          id
          displayName
          avatarUrl
          badges {
            kind
            label
          }
        }
        cover {
          image {
            url
            srcset
            alt
            width
            height
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
    `) as unknown as TypedDocumentString<MemberContributionsQuery, MemberContributionsQueryVariables>;
export const GuideDocument = new TypedDocumentString(`
    query Guide($id: ID!) {
  contribution(id: $id) {
    id
    kind
    status
    title
    body
    bodyHtml
    excerpt
    tags
    publishedAt
    createdAt
    viewerCanEdit
    author {
      id
      displayName
      avatarUrl
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
    guide {
      id
      difficulty
      timeMinutes
      completionCount
      viewerMadeIt
      steps {
        id
        number
        title
        body
        bodyHtml
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
      }
      tools {
        id
        label
        quantity
        variant {
          id
          name
          inStock
          price {
            amountMinor
            currency
          }
        }
        product {
          slug
          name
        }
      }
      parts {
        id
        label
        quantity
        variant {
          id
          name
          inStock
          price {
            amountMinor
            currency
          }
        }
        product {
          slug
          name
        }
      }
      completions {
        id
        noteHtml
        createdAt
        member {
          id
          displayName
          badges {
            kind
            label
          }
        }
        photo {
          url
          srcset
          alt
          width
          height
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GuideQuery, GuideQueryVariables>;
export const GuideProductChoicesDocument = new TypedDocumentString(`
    query GuideProductChoices {
  products(first: 100, sort: NAME) {
    nodes {
      id
      name
      category {
        name
      }
      variants {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GuideProductChoicesQuery, GuideProductChoicesQueryVariables>;
export const CreateGuideDocument = new TypedDocumentString(`
    mutation CreateGuide($input: CreateGuideInput!) {
  createGuide(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreateGuideMutation, CreateGuideMutationVariables>;
export const UpdateGuideDocument = new TypedDocumentString(`
    mutation UpdateGuide($id: ID!, $input: UpdateGuideInput!) {
  updateGuide(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateGuideMutation, UpdateGuideMutationVariables>;
export const MarkGuideMadeDocument = new TypedDocumentString(`
    mutation MarkGuideMade($input: MarkGuideMadeInput!) {
  markGuideMade(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkGuideMadeMutation, MarkGuideMadeMutationVariables>;
export const ContributionActivityDocument = new TypedDocumentString(`
    query ContributionActivity($id: ID!, $first: Int!, $after: String) {
  contribution(id: $id) {
    id
    title
    status
    commentCount
    reactionCount
    viewerReactions
    viewerFollows
    viewerSaved
    reactions {
      kind
      count
    }
    comments(first: $first, after: $after) {
      nodes {
        id
        parentId
        status
        body
        bodyHtml
        createdAt
        editedAt
        viewerCanEdit
        author {
          id
          displayName
          avatarUrl
        }
        replies {
          id
          parentId
          status
          body
          bodyHtml
          createdAt
          editedAt
          viewerCanEdit
          author {
            id
            displayName
            avatarUrl
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
    `) as unknown as TypedDocumentString<ContributionActivityQuery, ContributionActivityQueryVariables>;
export const PostCommentDocument = new TypedDocumentString(`
    mutation PostComment($input: PostCommentInput!) {
  postComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostCommentMutation, PostCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($id: ID!) {
  deleteComment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ReactDocument = new TypedDocumentString(`
    mutation React($id: ID!, $kind: ReactionKind!) {
  react(contributionId: $id, kind: $kind) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReactMutation, ReactMutationVariables>;
export const UnreactDocument = new TypedDocumentString(`
    mutation Unreact($id: ID!, $kind: ReactionKind!) {
  unreact(contributionId: $id, kind: $kind) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnreactMutation, UnreactMutationVariables>;
export const FollowContributionDocument = new TypedDocumentString(`
    mutation FollowContribution($id: ID!) {
  followContribution(contributionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowContributionMutation, FollowContributionMutationVariables>;
export const UnfollowContributionDocument = new TypedDocumentString(`
    mutation UnfollowContribution($id: ID!) {
  unfollowContribution(contributionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnfollowContributionMutation, UnfollowContributionMutationVariables>;
export const SaveToCollectionDocument = new TypedDocumentString(`
    mutation SaveToCollection($id: ID!, $collectionId: ID) {
  saveToCollection(contributionId: $id, collectionId: $collectionId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SaveToCollectionMutation, SaveToCollectionMutationVariables>;
export const RemoveFromCollectionDocument = new TypedDocumentString(`
    mutation RemoveFromCollection($collectionId: ID!, $id: ID!) {
  removeFromCollection(collectionId: $collectionId, contributionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveFromCollectionMutation, RemoveFromCollectionMutationVariables>;
export const MemberFollowDocument = new TypedDocumentString(`
    query MemberFollow($id: ID!) {
  member(id: $id) {
    id
    displayName
    followerCount
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<MemberFollowQuery, MemberFollowQueryVariables>;
export const FollowMemberDocument = new TypedDocumentString(`
    mutation FollowMember($id: ID!) {
  followMember(memberId: $id) {
    id
    followerCount
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<FollowMemberMutation, FollowMemberMutationVariables>;
export const UnfollowMemberDocument = new TypedDocumentString(`
    mutation UnfollowMember($id: ID!) {
  unfollowMember(memberId: $id) {
    id
    followerCount
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<UnfollowMemberMutation, UnfollowMemberMutationVariables>;
export const MyCollectionsDocument = new TypedDocumentString(`
    query MyCollections {
  myCollections {
    id
    name
    isPublic
    itemCount
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyCollectionsQuery, MyCollectionsQueryVariables>;
export const CollectionDocument = new TypedDocumentString(`
    query Collection($id: ID!, $after: String) {
  collection(id: $id) {
    id
    name
    isPublic
    itemCount
    viewerIsOwner
    owner {
      id
      displayName
    }
    items(first: 24, after: $after) {
      nodes {
        id
        kind
        title
        excerpt
        publishedAt
        author {
          id
          displayName
        }
        cover {
          id
          image {
            url
            srcset
            alt
            width
            height
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
    `) as unknown as TypedDocumentString<CollectionQuery, CollectionQueryVariables>;
export const CreateCollectionDocument = new TypedDocumentString(`
    mutation CreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const UpdateCollectionDocument = new TypedDocumentString(`
    mutation UpdateCollection($input: UpdateCollectionInput!) {
  updateCollection(input: $input) {
    id
    name
    isPublic
  }
}
    `) as unknown as TypedDocumentString<UpdateCollectionMutation, UpdateCollectionMutationVariables>;
export const DeleteCollectionDocument = new TypedDocumentString(`
    mutation DeleteCollection($id: ID!) {
  deleteCollection(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteCollectionMutation, DeleteCollectionMutationVariables>;
export const ContributionPreviewDocument = new TypedDocumentString(`
    query ContributionPreview($id: ID!) {
  contribution(id: $id) {
    id
    kind
    title
    bodyHtml
    publishedAt
    commentCount
    reactionCount
    author {
      id
      displayName
      avatarUrl
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionPreviewQuery, ContributionPreviewQueryVariables>;
export const SellerListingsDocument = new TypedDocumentString(`
    query SellerListings($vendorId: ID!, $first: Int!, $after: String) {
  sellerListings(vendorId: $vendorId, first: $first, after: $after) {
    nodes {
      productId
      offerKind
      status
      reviewReason
      submittedAt
      sellerName
      pendingRevision {
        title
        priceMinor
        submittedAt
      }
      product {
        id
        slug
        name
        description
        priceFrom {
          amountMinor
          currency
        }
        images {
          id
          url
          srcset
          alt
          width
          height
        }
        variants {
          id
          name
          stock
          price {
            amountMinor
            currency
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SellerListingsQuery, SellerListingsQueryVariables>;
export const ListingEditDocument = new TypedDocumentString(`
    query ListingEdit($productId: ID!) {
  listing(productId: $productId) {
    productId
    status
    reviewReason
    submittedAt
    sellerName
    pendingRevision {
      title
      priceMinor
      submittedAt
    }
    product {
      id
      slug
      name
      description
      priceFrom {
        amountMinor
        currency
      }
      images {
        id
        url
        srcset
        alt
        width
        height
      }
      variants {
        id
        name
        stock
        price {
          amountMinor
          currency
        }
      }
    }
    sellerKind
    sellerId
    product {
      id
      category {
        id
      }
      specs {
        label
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListingEditQuery, ListingEditQueryVariables>;
export const ListingCategoriesDocument = new TypedDocumentString(`
    query ListingCategories {
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ListingCategoriesQuery, ListingCategoriesQueryVariables>;
export const ListingReviewQueueDocument = new TypedDocumentString(`
    query ListingReviewQueue($first: Int!, $after: String) {
  listingReviewQueue(first: $first, after: $after) {
    nodes {
      productId
      offerKind
      status
      reviewReason
      submittedAt
      sellerName
      pendingRevision {
        title
        priceMinor
        submittedAt
      }
      product {
        id
        slug
        name
        description
        priceFrom {
          amountMinor
          currency
        }
        images {
          id
          url
          srcset
          alt
          width
          height
        }
        variants {
          id
          name
          stock
          price {
            amountMinor
            currency
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ListingReviewQueueQuery, ListingReviewQueueQueryVariables>;
export const CreateVendorListingDocument = new TypedDocumentString(`
    mutation CreateVendorListing($vendorId: ID!, $input: CreateVendorListingInput!) {
  createVendorListing(vendorId: $vendorId, input: $input) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<CreateVendorListingMutation, CreateVendorListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($productId: ID!, $input: UpdateListingInput!) {
  updateListing(productId: $productId, input: $input) {
    productId
    status
    pendingRevision {
      title
      priceMinor
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const SetListingStockDocument = new TypedDocumentString(`
    mutation SetListingStock($variantId: ID!, $stock: Int!) {
  setListingStock(variantId: $variantId, stock: $stock) {
    id
    stock
  }
}
    `) as unknown as TypedDocumentString<SetListingStockMutation, SetListingStockMutationVariables>;
export const WithdrawListingDocument = new TypedDocumentString(`
    mutation WithdrawListing($productId: ID!) {
  withdrawListing(productId: $productId) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawListingMutation, WithdrawListingMutationVariables>;
export const ApproveListingDocument = new TypedDocumentString(`
    mutation ApproveListing($productId: ID!) {
  approveListing(productId: $productId) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveListingMutation, ApproveListingMutationVariables>;
export const RejectListingDocument = new TypedDocumentString(`
    mutation RejectListing($productId: ID!, $reason: String!) {
  rejectListing(productId: $productId, reason: $reason) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<RejectListingMutation, RejectListingMutationVariables>;
export const ApproveListingRevisionDocument = new TypedDocumentString(`
    mutation ApproveListingRevision($productId: ID!) {
  approveListingRevision(productId: $productId) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveListingRevisionMutation, ApproveListingRevisionMutationVariables>;
export const DeclineListingRevisionDocument = new TypedDocumentString(`
    mutation DeclineListingRevision($productId: ID!, $reason: String!) {
  declineListingRevision(productId: $productId, reason: $reason) {
    productId
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineListingRevisionMutation, DeclineListingRevisionMutationVariables>;
export const RemoveBrandImageDocument = new TypedDocumentString(`
    mutation RemoveBrandImage($slot: BrandImageSlot!) {
  removeBrandImage(slot: $slot) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveBrandImageMutation, RemoveBrandImageMutationVariables>;
export const ManageProductsDocument = new TypedDocumentString(`
    query ManageProducts($status: ProductStatus, $search: String, $after: String) {
  manageProducts(
    status: $status
    filter: {search: $search, sellerKind: BRAND}
    first: 20
    after: $after
    sort: NAME
  ) {
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
    `) as unknown as TypedDocumentString<ManageProductsQuery, ManageProductsQueryVariables>;
export const SetProductStatusDocument = new TypedDocumentString(`
    mutation SetProductStatus($id: ID!, $status: ProductStatus!) {
  setProductStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetProductStatusMutation, SetProductStatusMutationVariables>;
export const UpdateVariantDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UpdateVariantMutation, UpdateVariantMutationVariables>;
export const AdjustVariantStockDocument = new TypedDocumentString(`
    mutation AdjustVariantStock($variantId: ID!, $delta: Int!) {
  adjustVariantStock(variantId: $variantId, delta: $delta) {
    id
    stock
  }
}
    `) as unknown as TypedDocumentString<AdjustVariantStockMutation, AdjustVariantStockMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
    slug
    status
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const EditProductDocument = new TypedDocumentString(`
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
    fragment ManagedPhoto on ProductImage {
  id
  url
  alt
  width
  height
  srcset
  position
}`) as unknown as TypedDocumentString<EditProductQuery, EditProductQueryVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const AddProductVariantDocument = new TypedDocumentString(`
    mutation AddProductVariant($productId: ID!, $input: VariantInput!) {
  addProductVariant(productId: $productId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddProductVariantMutation, AddProductVariantMutationVariables>;
export const ManageCategoriesDocument = new TypedDocumentString(`
    query ManageCategories {
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ManageCategoriesQuery, ManageCategoriesQueryVariables>;
export const UpdateProductImageDocument = new TypedDocumentString(`
    mutation UpdateProductImage($id: ID!, $alt: String!) {
  updateProductImage(id: $id, alt: $alt) {
    ...ManagedPhoto
  }
}
    fragment ManagedPhoto on ProductImage {
  id
  url
  alt
  width
  height
  srcset
  position
}`) as unknown as TypedDocumentString<UpdateProductImageMutation, UpdateProductImageMutationVariables>;
export const ReorderProductImagesDocument = new TypedDocumentString(`
    mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {
  reorderProductImages(productId: $productId, imageIds: $imageIds) {
    id
    images {
      ...ManagedPhoto
    }
  }
}
    fragment ManagedPhoto on ProductImage {
  id
  url
  alt
  width
  height
  srcset
  position
}`) as unknown as TypedDocumentString<ReorderProductImagesMutation, ReorderProductImagesMutationVariables>;
export const SetMainProductImageDocument = new TypedDocumentString(`
    mutation SetMainProductImage($id: ID!) {
  setMainProductImage(id: $id) {
    id
    images {
      ...ManagedPhoto
    }
  }
}
    fragment ManagedPhoto on ProductImage {
  id
  url
  alt
  width
  height
  srcset
  position
}`) as unknown as TypedDocumentString<SetMainProductImageMutation, SetMainProductImageMutationVariables>;
export const RemoveProductImageDocument = new TypedDocumentString(`
    mutation RemoveProductImage($id: ID!) {
  removeProductImage(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveProductImageMutation, RemoveProductImageMutationVariables>;
export const ManageShopSettingsDocument = new TypedDocumentString(`
    query ManageShopSettings {
  manageShippingMethods {
    id
    name
    active
    position
    price {
      amountMinor
      currency
    }
    freeAbove {
      amountMinor
    }
  }
  taxRates {
    country
    rateBp
  }
  shopSettings {
    pricesIncludeTax
    reservationMinutes
  }
}
    `) as unknown as TypedDocumentString<ManageShopSettingsQuery, ManageShopSettingsQueryVariables>;
export const CreateShippingMethodDocument = new TypedDocumentString(`
    mutation CreateShippingMethod($input: ShippingMethodInput!) {
  createShippingMethod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateShippingMethodMutation, CreateShippingMethodMutationVariables>;
export const UpdateShippingMethodDocument = new TypedDocumentString(`
    mutation UpdateShippingMethod($id: ID!, $input: UpdateShippingMethodInput!) {
  updateShippingMethod(id: $id, input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateShippingMethodMutation, UpdateShippingMethodMutationVariables>;
export const SetTaxRateDocument = new TypedDocumentString(`
    mutation SetTaxRate($country: String!, $rateBp: Int!) {
  setTaxRate(country: $country, rateBp: $rateBp) {
    country
    rateBp
  }
}
    `) as unknown as TypedDocumentString<SetTaxRateMutation, SetTaxRateMutationVariables>;
export const RemoveTaxRateDocument = new TypedDocumentString(`
    mutation RemoveTaxRate($country: String!) {
  removeTaxRate(country: $country)
}
    `) as unknown as TypedDocumentString<RemoveTaxRateMutation, RemoveTaxRateMutationVariables>;
export const UpdateShopSettingsDocument = new TypedDocumentString(`
    mutation UpdateShopSettings($input: ShopSettingsInput!) {
  updateShopSettings(input: $input) {
    pricesIncludeTax
    reservationMinutes
  }
}
    `) as unknown as TypedDocumentString<UpdateShopSettingsMutation, UpdateShopSettingsMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($role: Role) {
  accounts(role: $role) {
    id
    email
    displayName
    roles
    createdAt
    member {
      id
      badges {
        kind
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($accountId: ID!, $role: Role!) {
  grantRole(accountId: $accountId, role: $role) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($accountId: ID!, $role: Role!) {
  revokeRole(accountId: $accountId, role: $role) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const GrantBadgeDocument = new TypedDocumentString(`
    mutation GrantBadge($accountId: ID!, $badge: GrantedBadge!) {
  grantBadge(accountId: $accountId, badge: $badge) {
    id
  }
}
    `) as unknown as TypedDocumentString<GrantBadgeMutation, GrantBadgeMutationVariables>;
export const RevokeBadgeDocument = new TypedDocumentString(`
    mutation RevokeBadge($accountId: ID!, $badge: GrantedBadge!) {
  revokeBadge(accountId: $accountId, badge: $badge) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeBadgeMutation, RevokeBadgeMutationVariables>;
export const BuyerOrderPartsDocument = new TypedDocumentString(`
    query BuyerOrderParts($id: ID!) {
  order(id: $id) {
    id
    parts {
      id
      sellerKind
      sellerName
      status
      total {
        amountMinor
        currency
      }
      refunded {
        amountMinor
        currency
      }
      lines {
        id
        productName
        variantName
        quantity
        lineTotal {
          amountMinor
          currency
        }
      }
      refunds {
        id
        status
        createdAt
        amount {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuyerOrderPartsQuery, BuyerOrderPartsQueryVariables>;
export const ManagedOrderPartsDocument = new TypedDocumentString(`
    query ManagedOrderParts($id: ID!) {
  order(id: $id) {
    id
    parts {
      id
      sellerKind
      sellerName
      status
      earnings {
        commissionBp
        gross {
          amountMinor
          currency
        }
        commission {
          amountMinor
          currency
        }
        refunded {
          amountMinor
          currency
        }
        commissionRefunded {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagedOrderPartsQuery, ManagedOrderPartsQueryVariables>;
export const VendorOrderPartsDocument = new TypedDocumentString(`
    query VendorOrderParts($vendorId: ID!, $status: OrderPartStatus, $after: String) {
  vendorOrderParts(vendorId: $vendorId, status: $status, first: 10, after: $after) {
    nodes {
      id
      status
      createdAt
      refunded {
        amountMinor
        currency
      }
      shipTo {
        name
        city
        country
      }
      lines {
        id
        productName
        variantName
        quantity
        lineTotal {
          amountMinor
          currency
        }
      }
      earnings {
        commissionBp
        gross {
          amountMinor
          currency
        }
        commission {
          amountMinor
          currency
        }
        refunded {
          amountMinor
          currency
        }
        commissionRefunded {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<VendorOrderPartsQuery, VendorOrderPartsQueryVariables>;
export const FulfilOrderPartDocument = new TypedDocumentString(`
    mutation FulfilOrderPart($partId: ID!) {
  fulfilOrderPart(partId: $partId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FulfilOrderPartMutation, FulfilOrderPartMutationVariables>;
export const RefundOrderPartDocument = new TypedDocumentString(`
    mutation RefundOrderPart($partId: ID!, $amountMinor: SafeInt!, $refundKey: ID!, $reason: String!) {
  refundOrderPart(
    partId: $partId
    amountMinor: $amountMinor
    refundKey: $refundKey
    reason: $reason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RefundOrderPartMutation, RefundOrderPartMutationVariables>;
export const MarketplaceSettingsDocument = new TypedDocumentString(`
    query MarketplaceSettings {
  marketplaceSettings {
    defaultCommissionBp
    defaultCommissionFloorMinor
    defaultCommissionCapMinor
    resaleFeeBp
    bookingHoldMinutes
    cancellationNoticeHours
    reviewRevealDays
    claimWindowDays
  }
  commissionRules {
    id
    vendorId
    vendorName
    categoryId
    categoryName
    bp
    floorMinor
    capMinor
  }
  commissionRuleVendors {
    id
    name
  }
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MarketplaceSettingsQuery, MarketplaceSettingsQueryVariables>;
export const UpdateMarketplaceSettingsDocument = new TypedDocumentString(`
    mutation UpdateMarketplaceSettings($input: UpdateMarketplaceSettingsInput!) {
  updateMarketplaceSettings(input: $input) {
    defaultCommissionBp
  }
}
    `) as unknown as TypedDocumentString<UpdateMarketplaceSettingsMutation, UpdateMarketplaceSettingsMutationVariables>;
export const SetCommissionRuleDocument = new TypedDocumentString(`
    mutation SetCommissionRule($input: SetCommissionRuleInput!) {
  setCommissionRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetCommissionRuleMutation, SetCommissionRuleMutationVariables>;
export const RemoveCommissionRuleDocument = new TypedDocumentString(`
    mutation RemoveCommissionRule($id: ID!) {
  removeCommissionRule(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveCommissionRuleMutation, RemoveCommissionRuleMutationVariables>;
export const OrderConfirmationDocument = new TypedDocumentString(`
    query OrderConfirmation($id: ID!) {
  order(id: $id) {
    id
    number
    status
    buyer {
      id
      displayName
    }
    shippingMethodName
    pricesIncludeTax
    taxRateBp
    reservationExpiresAt
    cancelReason
    subtotal {
      amountMinor
      currency
    }
    shipping {
      amountMinor
      currency
    }
    tax {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
    shippingAddress {
      name
      line1
      line2
      city
      postcode
      country
    }
    lines {
      id
      productName
      variantName
      offerKind
      quantity
      unitPrice {
        amountMinor
        currency
      }
      lineTotal {
        amountMinor
        currency
      }
    }
    payment {
      status
      testMode
    }
  }
}
    `) as unknown as TypedDocumentString<OrderConfirmationQuery, OrderConfirmationQueryVariables>;
export const ManageOrdersDocument = new TypedDocumentString(`
    query ManageOrders($status: OrderStatus, $search: String, $after: String) {
  manageOrders(status: $status, search: $search, first: 20, after: $after) {
    nodes {
      ...OrderSummaryFields
      buyer {
        id
        displayName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrderSummaryFields on Order {
  id
  number
  status
  createdAt
  total {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<ManageOrdersQuery, ManageOrdersQueryVariables>;
export const ManageOrderDocument = new TypedDocumentString(`
    query ManageOrder($id: ID!) {
  order(id: $id) {
    ...OrderSummaryFields
    ...OrderDetailFields
    paidAt
    fulfilledAt
    cancelledAt
    cancelReason
    buyer {
      id
      displayName
    }
    payment {
      provider
      status
      testMode
    }
    refunds {
      ...OrderRefundFields
      reason
      requestedBy {
        id
        displayName
      }
    }
  }
  orderBuyer(orderId: $id) {
    id
    email
  }
  orderHistory(orderId: $id) {
    id
    type
    occurredAt
    reason
    amount {
      amountMinor
      currency
    }
    actor {
      id
      displayName
    }
  }
}
    fragment OrderSummaryFields on Order {
  id
  number
  status
  createdAt
  total {
    amountMinor
    currency
  }
}
fragment OrderRefundFields on OrderRefund {
  id
  status
  createdAt
  updatedAt
  amount {
    amountMinor
    currency
  }
}
fragment OrderDetailFields on Order {
  pricesIncludeTax
  taxRateBp
  shippingMethodName
  subtotal {
    amountMinor
    currency
  }
  shipping {
    amountMinor
    currency
  }
  tax {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
  refunded {
    amountMinor
    currency
  }
  shippingAddress {
    name
    line1
    line2
    city
    postcode
    country
  }
  lines {
    id
    sku
    productName
    variantName
    image {
      url
      alt
      width
      height
      srcset
    }
    quantity
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
  }
}`) as unknown as TypedDocumentString<ManageOrderQuery, ManageOrderQueryVariables>;
export const FulfilOrderDocument = new TypedDocumentString(`
    mutation FulfilOrder($id: ID!) {
  fulfilOrder(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FulfilOrderMutation, FulfilOrderMutationVariables>;
export const RefundOrderDocument = new TypedDocumentString(`
    mutation RefundOrder($orderId: ID!, $amountMinor: SafeInt, $refundKey: ID!) {
  refundOrder(orderId: $orderId, amountMinor: $amountMinor, refundKey: $refundKey) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RefundOrderMutation, RefundOrderMutationVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($after: String) {
  myOrders(first: 20, after: $after) {
    nodes {
      ...OrderSummaryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrderSummaryFields on Order {
  id
  number
  status
  createdAt
  total {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDetailDocument = new TypedDocumentString(`
    query OrderDetail($id: ID!) {
  order(id: $id) {
    ...OrderSummaryFields
    ...OrderDetailFields
    paidAt
    fulfilledAt
    cancelledAt
    cancelReason
    payment {
      provider
      status
      testMode
      clientSecret
    }
    refunds {
      ...OrderRefundFields
    }
  }
  paymentSettings {
    stripePublishableKey
  }
}
    fragment OrderSummaryFields on Order {
  id
  number
  status
  createdAt
  total {
    amountMinor
    currency
  }
}
fragment OrderRefundFields on OrderRefund {
  id
  status
  createdAt
  updatedAt
  amount {
    amountMinor
    currency
  }
}
fragment OrderDetailFields on Order {
  pricesIncludeTax
  taxRateBp
  shippingMethodName
  subtotal {
    amountMinor
    currency
  }
  shipping {
    amountMinor
    currency
  }
  tax {
    amountMinor
    currency
  }
  total {
    amountMinor
    currency
  }
  refunded {
    amountMinor
    currency
  }
  shippingAddress {
    name
    line1
    line2
    city
    postcode
    country
  }
  lines {
    id
    sku
    productName
    variantName
    image {
      url
      alt
      width
      height
      srcset
    }
    quantity
    unitPrice {
      amountMinor
      currency
    }
    lineTotal {
      amountMinor
      currency
    }
  }
}`) as unknown as TypedDocumentString<OrderDetailQuery, OrderDetailQueryVariables>;
export const PayoutDashboardDocument = new TypedDocumentString(`
    query PayoutDashboard($kind: SellerKind!, $id: ID!) {
  payoutAccount(sellerKind: $kind, sellerId: $id) {
    status
    provider
    testMode
    payoutsEnabled
  }
  sellerBalance(sellerKind: $kind, sellerId: $id) {
    currency
    owed {
      amountMinor
      currency
    }
    held {
      amountMinor
      currency
    }
    paidOut {
      amountMinor
      currency
    }
  }
  sellerPayouts(sellerKind: $kind, sellerId: $id) {
    id
    orderPartId
    status
    testMode
    providerTransferId
    blockedReason
    sentAt
    createdAt
    amount {
      amountMinor
      currency
    }
    reversed {
      amountMinor
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<PayoutDashboardQuery, PayoutDashboardQueryVariables>;
export const StartPayoutOnboardingDocument = new TypedDocumentString(`
    mutation StartPayoutOnboarding($kind: SellerKind!, $id: ID!) {
  startPayoutOnboarding(sellerKind: $kind, sellerId: $id) {
    url
    account {
      status
      testMode
    }
  }
}
    `) as unknown as TypedDocumentString<StartPayoutOnboardingMutation, StartPayoutOnboardingMutationVariables>;
export const MemberProfileDocument = new TypedDocumentString(`
    query MemberProfile($id: ID!, $after: String) {
  member(id: $id) {
    id
    displayName
    badges {
      kind
      label
    }
    bio
    bioHtml
    avatarUrl
    joinedAt
    reviews(first: 5, after: $after) {
      nodes {
        id
        rating
        body
        createdAt
        verifiedPurchase
        product {
          name
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberProfileQuery, MemberProfileQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    id
    memberships {
      role
      organisation {
        id
        name
      }
    }
    member {
      id
      displayName
      badges {
        kind
        label
      }
      bio
      avatarUrl
    }
  }
}
    `) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    id
    displayName
    bio
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const RemoveMyAvatarDocument = new TypedDocumentString(`
    mutation RemoveMyAvatar {
  removeMyAvatar {
    id
    avatarUrl
  }
}
    `) as unknown as TypedDocumentString<RemoveMyAvatarMutation, RemoveMyAvatarMutationVariables>;
export const UsedMarketDocument = new TypedDocumentString(`
    query UsedMarket($kind: UsedItemKind, $after: String) {
  usedItems(kind: $kind, first: 24, after: $after) {
    nodes {
      ...UsedItemCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment UsedItemCard on UsedItem {
  productId
  kind
  condition
  brand
  model
  frameSize
  year
  sellerName
  title
  slug
  price {
    amountMinor
    currency
  }
  photo {
    url
    alt
    width
    height
    srcset
  }
}`) as unknown as TypedDocumentString<UsedMarketQuery, UsedMarketQueryVariables>;
export const UsedItemPageDocument = new TypedDocumentString(`
    query UsedItemPage($slug: String!) {
  product(slug: $slug) {
    id
    slug
    name
    description
    offerKind
    images {
      url
      alt
      width
      height
      srcset
    }
    variants {
      id
      name
      stock
      price {
        amountMinor
        currency
      }
    }
    usedItem {
      productId
      sellerId
      kind
      condition
      brand
      model
      frameSize
      year
      frameSerialMasked
      handoverNote
      sellerName
      sold
    }
  }
}
    `) as unknown as TypedDocumentString<UsedItemPageQuery, UsedItemPageQueryVariables>;
export const SellingDocument = new TypedDocumentString(`
    query Selling {
  mySellerAttestation {
    adultConfirmedAt
  }
  myUsedItems {
    ...UsedItemCard
    listingStatus
    frameSerial
    sold
    createdAt
  }
  myUsedSales {
    ...UsedSaleFields
  }
}
    fragment UsedItemCard on UsedItem {
  productId
  kind
  condition
  brand
  model
  frameSize
  year
  sellerName
  title
  slug
  price {
    amountMinor
    currency
  }
  photo {
    url
    alt
    width
    height
    srcset
  }
}
fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<SellingQuery, SellingQueryVariables>;
export const UsedSalesOfOrderDocument = new TypedDocumentString(`
    query UsedSalesOfOrder($orderId: ID!) {
  usedSalesOfOrder(orderId: $orderId) {
    ...UsedSaleFields
  }
}
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<UsedSalesOfOrderQuery, UsedSalesOfOrderQueryVariables>;
export const ClaimQueueDocument = new TypedDocumentString(`
    query ClaimQueue($includeDecided: Boolean!) {
  claimQueue(includeDecided: $includeDecided) {
    ...UsedSaleFields
  }
}
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<ClaimQueueQuery, ClaimQueueQueryVariables>;
export const StolenBikesDocument = new TypedDocumentString(`
    query StolenBikes {
  stolenBikes(first: 200) {
    id
    serial
    source
    note
    createdAt
  }
}
    `) as unknown as TypedDocumentString<StolenBikesQuery, StolenBikesQueryVariables>;
export const ConfirmAdultSellerDocument = new TypedDocumentString(`
    mutation ConfirmAdultSeller {
  confirmAdultSeller {
    adultConfirmedAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmAdultSellerMutation, ConfirmAdultSellerMutationVariables>;
export const ListUsedItemDocument = new TypedDocumentString(`
    mutation ListUsedItem($input: ListUsedItemInput!) {
  listUsedItem(input: $input) {
    productId
    product {
      id
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ListUsedItemMutation, ListUsedItemMutationVariables>;
export const WithdrawUsedItemDocument = new TypedDocumentString(`
    mutation WithdrawUsedItem($productId: ID!) {
  withdrawUsedItem(productId: $productId) {
    productId
  }
}
    `) as unknown as TypedDocumentString<WithdrawUsedItemMutation, WithdrawUsedItemMutationVariables>;
export const MarkUsedItemShippedDocument = new TypedDocumentString(`
    mutation MarkUsedItemShipped($partId: ID!, $tracking: String) {
  markUsedItemShipped(partId: $partId, tracking: $tracking) {
    ...UsedSaleFields
  }
}
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<MarkUsedItemShippedMutation, MarkUsedItemShippedMutationVariables>;
export const MarkUsedItemDeliveredDocument = new TypedDocumentString(`
    mutation MarkUsedItemDelivered($partId: ID!) {
  markUsedItemDelivered(partId: $partId) {
    ...UsedSaleFields
  }
}
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<MarkUsedItemDeliveredMutation, MarkUsedItemDeliveredMutationVariables>;
export const ConfirmUsedItemReceivedDocument = new TypedDocumentString(`
    mutation ConfirmUsedItemReceived($partId: ID!) {
  confirmUsedItemReceived(partId: $partId) {
    ...UsedSaleFields
  }
}
    fragment UsedSaleFields on UsedSale {
  partId
  orderId
  stage
  fundsStatus
  paid {
    amountMinor
    currency
  }
  sellerNet {
    amountMinor
    currency
  }
  shippedAt
  trackingCode
  deliveredAt
  releaseAfter
  receivedAt
  claimable
  viewerIsSeller
  viewerIsBuyer
  claim {
    id
    reason
    details
    status
    outcome
    decisionNote
    createdAt
  }
  item {
    productId
    brand
    model
    kind
    sellerId
    sellerName
    product {
      id
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<ConfirmUsedItemReceivedMutation, ConfirmUsedItemReceivedMutationVariables>;
export const OpenClaimDocument = new TypedDocumentString(`
    mutation OpenClaim($input: OpenClaimInput!) {
  openClaim(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenClaimMutation, OpenClaimMutationVariables>;
export const DecideClaimDocument = new TypedDocumentString(`
    mutation DecideClaim($input: DecideClaimInput!) {
  decideClaim(input: $input) {
    id
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<DecideClaimMutation, DecideClaimMutationVariables>;
export const ReportStolenBikeDocument = new TypedDocumentString(`
    mutation ReportStolenBike($serial: String!, $note: String) {
  reportStolenBike(serial: $serial, note: $note) {
    id
    serial
  }
}
    `) as unknown as TypedDocumentString<ReportStolenBikeMutation, ReportStolenBikeMutationVariables>;
export const ImportStolenBikesDocument = new TypedDocumentString(`
    mutation ImportStolenBikes($csv: String!) {
  importStolenBikes(csv: $csv) {
    added
    duplicates
    blockedListings
    problems {
      line
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportStolenBikesMutation, ImportStolenBikesMutationVariables>;
export const RoutePageDocument = new TypedDocumentString(`
    query RoutePage($id: ID!) {
  contribution(id: $id) {
    id
    kind
    title
    body
    bodyHtml
    excerpt
    tags
    status
    publishedAt
    viewerCanEdit
    author {
      id
      displayName
      avatarUrl
    }
    photos {
      id
      caption
      image {
        url
        srcset
        alt
        width
        height
      }
    }
    route {
      distanceM
      elevationGainM
      elevationLossM
      durationS
      pointCount
      polylines
      start {
        lat
        lng
      }
      elevationProfile {
        distanceM
        ele
      }
      viewerSeesWholeTrack
      gpxUrl
      photoPins {
        id
        caption
        distanceM
        point {
          lat
          lng
        }
        photo {
          url
          srcset
          alt
          width
          height
        }
      }
      leaderboard(first: 10) {
        rank
        durationS
        riddenOn
        rides
        member {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoutePageQuery, RoutePageQueryVariables>;
export const LogRideDocument = new TypedDocumentString(`
    mutation LogRide($input: LogRideInput!) {
  logRide(input: $input) {
    id
    durationS
    personalBest
  }
}
    `) as unknown as TypedDocumentString<LogRideMutation, LogRideMutationVariables>;
export const RouteImportDocument = new TypedDocumentString(`
    query RouteImport($id: ID!) {
  routeImport(id: $id) {
    id
    status
    progress
    error
    fileName
    name
    distanceM
    elevationGainM
    pointCount
  }
}
    `) as unknown as TypedDocumentString<RouteImportQuery, RouteImportQueryVariables>;
export const CreateRouteDocument = new TypedDocumentString(`
    mutation CreateRoute($input: CreateRouteInput!) {
  createRoute(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRouteMutation, CreateRouteMutationVariables>;
export const UpdateRouteDocument = new TypedDocumentString(`
    mutation UpdateRoute($input: UpdateRouteInput!) {
  updateRoute(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRouteMutation, UpdateRouteMutationVariables>;
export const PrivacyZonesDocument = new TypedDocumentString(`
    query PrivacyZones {
  privacyZones {
    id
    lat
    lng
    radiusM
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PrivacyZonesQuery, PrivacyZonesQueryVariables>;
export const AddPrivacyZoneDocument = new TypedDocumentString(`
    mutation AddPrivacyZone($input: AddPrivacyZoneInput!) {
  addPrivacyZone(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPrivacyZoneMutation, AddPrivacyZoneMutationVariables>;
export const RemovePrivacyZoneDocument = new TypedDocumentString(`
    mutation RemovePrivacyZone($id: ID!) {
  removePrivacyZone(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemovePrivacyZoneMutation, RemovePrivacyZoneMutationVariables>;
export const PinRoutePhotoDocument = new TypedDocumentString(`
    mutation PinRoutePhoto($input: PinRoutePhotoInput!) {
  pinRoutePhoto(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PinRoutePhotoMutation, PinRoutePhotoMutationVariables>;
export const UnpinRoutePhotoDocument = new TypedDocumentString(`
    mutation UnpinRoutePhoto($routeId: ID!, $photoId: ID!) {
  unpinRoutePhoto(routeId: $routeId, photoId: $photoId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnpinRoutePhotoMutation, UnpinRoutePhotoMutationVariables>;
export const VendorDashboardDocument = new TypedDocumentString(`
    query VendorDashboard($vendorId: ID!, $period: DashboardPeriod!) {
  vendorDashboard(vendorId: $vendorId, period: $period) {
    vendorId
    vendorName
    period
    from
    to
    currency
    listings {
      status
      count
    }
    listingsWithPendingRevision
    orderParts {
      status
      count
    }
    partsToFulfil
    sales {
      parts
      gross {
        amountMinor
        currency
      }
      commission {
        amountMinor
        currency
      }
      net {
        amountMinor
        currency
      }
      refunds {
        amountMinor
        currency
      }
    }
    balance {
      owed {
        amountMinor
        currency
      }
      held {
        amountMinor
        currency
      }
    }
    ratings {
      average
      count
      ratedProducts
    }
    customers {
      customers
      newCustomers
      repeatCustomers
      allTime
    }
  }
}
    `) as unknown as TypedDocumentString<VendorDashboardQuery, VendorDashboardQueryVariables>;
export const MarketplaceSummaryDocument = new TypedDocumentString(`
    query MarketplaceSummary($period: DashboardPeriod!) {
  brandMarketplaceSummary(period: $period) {
    period
    from
    to
    currency
    commissionEarned {
      amountMinor
      currency
    }
    commissionAllTime {
      amountMinor
      currency
    }
    salesBySellerKind {
      sellerKind
      sales {
        parts
        gross {
          amountMinor
          currency
        }
        commission {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
        refunds {
          amountMinor
          currency
        }
      }
    }
    activeVendors
    sellingVendors
    newVendorCustomers
    vendors {
      vendorId
      name
      status
      newCustomers
      sales {
        parts
        gross {
          amountMinor
          currency
        }
        commission {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
        refunds {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceSummaryQuery, MarketplaceSummaryQueryVariables>;
export const ProductSellerDocument = new TypedDocumentString(`
    query ProductSeller($slug: String!) {
  product(slug: $slug) {
    id
    vendor {
      id
      slug
      name
      serviceArea
    }
  }
}
    `) as unknown as TypedDocumentString<ProductSellerQuery, ProductSellerQueryVariables>;
export const VendorDirectoryDocument = new TypedDocumentString(`
    query VendorDirectory($first: Int, $after: String) {
  vendors(first: $first, after: $after) {
    nodes {
      id
      slug
      name
      description
      serviceArea
      categories {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<VendorDirectoryQuery, VendorDirectoryQueryVariables>;
export const VendorDocument = new TypedDocumentString(`
    query Vendor($slug: String!) {
  vendor(slug: $slug) {
    id
    slug
    name
    description
    website
    serviceArea
    status
    suspensionReason
    createdAt
    categories {
      id
      name
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<VendorQuery, VendorQueryVariables>;
export const VendorOffersDocument = new TypedDocumentString(`
    query VendorOffers($sellerId: ID!, $offerKind: OfferKind!) {
  products(filter: {sellerId: $sellerId, offerKind: $offerKind}, first: 24) {
    nodes {
      id
      slug
      name
      offerKind
      priceFrom {
        amountMinor
        currency
      }
      images {
        id
        url
        alt
        width
        height
        srcset
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VendorOffersQuery, VendorOffersQueryVariables>;
export const VendorServiceOffersDocument = new TypedDocumentString(`
    query VendorServiceOffers($vendorId: ID!) {
  services(vendorId: $vendorId) {
    productId
    durationMinutes
    mode
    product {
      id
      slug
      name
      description
      priceFrom {
        amountMinor
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VendorServiceOffersQuery, VendorServiceOffersQueryVariables>;
export const MyVendorApplicationDocument = new TypedDocumentString(`
    query MyVendorApplication {
  myVendorApplication {
    id
    status
    businessName
    reason
    createdAt
    decidedAt
    vendor {
      id
      slug
      name
    }
  }
  categories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyVendorApplicationQuery, MyVendorApplicationQueryVariables>;
export const ApplyAsVendorDocument = new TypedDocumentString(`
    mutation ApplyAsVendor($input: ApplyAsVendorInput!) {
  applyAsVendor(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApplyAsVendorMutation, ApplyAsVendorMutationVariables>;
export const VendorApplicationsDocument = new TypedDocumentString(`
    query VendorApplications($status: VendorApplicationStatus, $after: String) {
  vendorApplications(status: $status, first: 50, after: $after) {
    nodes {
      id
      status
      businessName
      description
      website
      serviceArea
      reason
      createdAt
      applicant {
        id
        displayName
      }
      categories {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<VendorApplicationsQuery, VendorApplicationsQueryVariables>;
export const ManageVendorsDocument = new TypedDocumentString(`
    query ManageVendors($after: String) {
  manageVendors(first: 50, after: $after) {
    nodes {
      id
      slug
      name
      serviceArea
      status
      suspensionReason
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ManageVendorsQuery, ManageVendorsQueryVariables>;
export const ApproveVendorApplicationDocument = new TypedDocumentString(`
    mutation ApproveVendorApplication($id: ID!) {
  approveVendorApplication(id: $id) {
    id
    status
    vendor {
      id
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveVendorApplicationMutation, ApproveVendorApplicationMutationVariables>;
export const RejectVendorApplicationDocument = new TypedDocumentString(`
    mutation RejectVendorApplication($id: ID!, $reason: String!) {
  rejectVendorApplication(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectVendorApplicationMutation, RejectVendorApplicationMutationVariables>;
export const SuspendVendorDocument = new TypedDocumentString(`
    mutation SuspendVendor($vendorId: ID!, $reason: String!) {
  suspendVendor(vendorId: $vendorId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendVendorMutation, SuspendVendorMutationVariables>;
export const ReinstateVendorDocument = new TypedDocumentString(`
    mutation ReinstateVendor($vendorId: ID!) {
  reinstateVendor(vendorId: $vendorId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReinstateVendorMutation, ReinstateVendorMutationVariables>;
export const VendorTeamDocument = new TypedDocumentString(`
    query VendorTeam($vendorId: ID!) {
  vendorTeam(vendorId: $vendorId) {
    accountId
    displayName
    role
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<VendorTeamQuery, VendorTeamQueryVariables>;
export const InviteVendorStaffDocument = new TypedDocumentString(`
    mutation InviteVendorStaff($vendorId: ID!, $email: String!) {
  inviteVendorStaff(vendorId: $vendorId, email: $email) {
    accountId
  }
}
    `) as unknown as TypedDocumentString<InviteVendorStaffMutation, InviteVendorStaffMutationVariables>;
export const RemoveVendorStaffDocument = new TypedDocumentString(`
    mutation RemoveVendorStaff($vendorId: ID!, $accountId: ID!) {
  removeVendorStaff(vendorId: $vendorId, accountId: $accountId) {
    accountId
  }
}
    `) as unknown as TypedDocumentString<RemoveVendorStaffMutation, RemoveVendorStaffMutationVariables>;
export const BrandDocument = new TypedDocumentString(`
    query Brand {
  brand {
    ...BrandFields
  }
}
    fragment BrandFields on Brand {
  name
  tagline
  currency
  primaryColor
  accentColor
  hero {
    eyebrow
    title
    text
    ctaLabel
    ctaHref
  }
  logo {
    url
    alt
    width
    height
    srcset
  }
  heroImage {
    url
    alt
    width
    height
    srcset
  }
}`) as unknown as TypedDocumentString<BrandQuery, BrandQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    roles
    createdAt
    memberships {
      role
      organisation {
        id
        kind
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;