import { Args, ArgsType, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Member, MemberService } from '@flagship/accounts';
import { Category, Product, SellerKind } from '@flagship/catalog';
import { ApplyAsVendorInput, PageArgs, VendorApplicationsArgs } from './dto/vendor.inputs';
import { VendorApplication } from './vendor-application.entity';
import { VendorApplicationService } from './vendor-application.service';
import { Vendor, VendorStatus } from './vendor.entity';
import { VendorApplicationPolicy, VendorPolicy } from './vendor.policy';
import { VendorService } from './vendor.service';
import { VendorTeamService, type VendorTeamRow } from './vendor-team.service';
import { VendorApplicationConnection, VendorConnection, VendorTeamMember } from './vendor.types';
import { IsEnum, IsOptional } from 'class-validator';

@ArgsType()
class ManageVendorsArgs extends PageArgs {
  @Field(() => VendorStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VendorStatus)
  status?: VendorStatus | null;
}

/** Vendors: the directory, pages, suspension and teams (decision 0037). */
@Resolver(() => Vendor)
export class VendorResolver {
  constructor(
    private readonly directory: VendorService,
    private readonly team: VendorTeamService,
  ) {}

  @Public()
  @Query(() => VendorConnection, { description: 'The vendor directory: active vendors by name.' })
  vendors(@Args() args: PageArgs): Promise<Connection<Vendor>> {
    return this.directory.list(args.first, args.after);
  }

  @Public()
  @Query(() => Vendor, { description: 'A vendor’s page. NOT_FOUND while it is suspended, except for its own people and brand managers.' })
  vendor(@Args('slug') slug: string, @CurrentViewer() viewer?: Viewer): Promise<Vendor> {
    return this.directory.bySlug(viewer, slug);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'curate')
  @Query(() => VendorConnection, { description: 'Every vendor with its standing, by name (brand managers).' })
  manageVendors(@CurrentViewer() viewer: Viewer, @Args() args: ManageVendorsArgs): Promise<Connection<Vendor>> {
    return this.directory.manageList(viewer, args.status, args.first, args.after);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'curate')
  @Mutation(() => Vendor, { description: 'Suspend a vendor: its page and every product of it are hidden at once (brand managers).' })
  suspendVendor(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string, @Args('reason', { description: 'Why, in words the vendor or applicant reads.' }) reason: string): Promise<Vendor> {
    return this.directory.suspend(viewer, vendorId, reason);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'curate')
  @Mutation(() => Vendor, { description: 'Lift a vendor’s suspension: its page and products show as they were (brand managers).' })
  reinstateVendor(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string): Promise<Vendor> {
    return this.directory.reinstate(viewer, vendorId);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'read_team')
  @Query(() => [VendorTeamMember], { description: 'A vendor’s owners and staff (its own people only).' })
  vendorTeam(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string): Promise<VendorTeamRow[]> {
    return this.team.team(viewer, vendorId);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'manage_team')
  @Mutation(() => [VendorTeamMember], { description: 'Add an existing member to a vendor’s staff by email (its owners only); returns the team.' })
  inviteVendorStaff(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string, @Args('email', { description: 'The email of the member to add (they must have an account).' }) email: string): Promise<VendorTeamRow[]> {
    return this.team.invite(viewer, vendorId, email);
  }

  @Authenticated()
  @Guards(VendorPolicy, 'manage_team')
  @Mutation(() => [VendorTeamMember], { description: 'Take a staff member off a vendor’s team (its owners only); returns the team.' })
  removeVendorStaff(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string, @IdArg('accountId') accountId: string): Promise<VendorTeamRow[]> {
    return this.team.remove(viewer, vendorId, accountId);
  }

  @ResolveField(() => [Category], { description: 'The catalog categories it sells in.' })
  categories(@Parent() vendor: Vendor, @Loaders() loaders: RequestLoaders): Promise<Category[]> {
    return this.directory.categoriesOf(loaders, vendor);
  }

  @ResolveField(() => VendorStatus, { nullable: true, description: 'ACTIVE or SUSPENDED: for its own people and brand managers; null for everyone else.' })
  status(@Parent() vendor: Vendor, @CurrentViewer() viewer?: Viewer): VendorStatus | null {
    return VendorPolicy.can(viewer, 'read_status', vendor) ? vendor.status : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it is suspended: for its own people and brand managers.' })
  suspensionReason(@Parent() vendor: Vendor, @CurrentViewer() viewer?: Viewer): string | null {
    return VendorPolicy.can(viewer, 'read_status', vendor) ? vendor.suspensionReason : null;
  }
}

/** Applications to sell (decision 0037). */
@Resolver(() => VendorApplication)
export class VendorApplicationResolver {
  constructor(
    private readonly applications: VendorApplicationService,
    private readonly vendors: VendorService,
    private readonly members: MemberService,
  ) {}

  @Authenticated()
  @Guards(VendorApplicationPolicy, 'apply')
  @Mutation(() => VendorApplication, { description: 'Apply to sell on the platform; a brand manager decides. One open application at a time.' })
  applyAsVendor(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyAsVendorInput): Promise<VendorApplication> {
    return this.applications.apply(viewer, input);
  }

  @Authenticated()
  @Query(() => VendorApplication, { nullable: true, description: 'Your latest application to sell, or null.' })
  myVendorApplication(@CurrentViewer() viewer: Viewer): Promise<VendorApplication | null> {
    return this.applications.mine(viewer);
  }

  @Authenticated()
  @Guards(VendorApplicationPolicy, 'decide')
  @Query(() => VendorApplicationConnection, { description: 'Applications to sell, oldest first (brand managers); `status: SUBMITTED` is the queue.' })
  vendorApplications(@CurrentViewer() viewer: Viewer, @Args() args: VendorApplicationsArgs): Promise<Connection<VendorApplication>> {
    return this.applications.list(viewer, args.status, args.first, args.after);
  }

  @Authenticated()
  @Guards(VendorApplicationPolicy, 'decide')
  @Mutation(() => VendorApplication, { description: 'Approve an application: the vendor organisation (the applicant its owner), VENDOR and the vendor’s page, together.' })
  approveVendorApplication(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<VendorApplication> {
    return this.applications.approve(viewer, id);
  }

  @Authenticated()
  @Guards(VendorApplicationPolicy, 'decide')
  @Mutation(() => VendorApplication, { description: 'Reject an application with a reason the applicant reads.' })
  rejectVendorApplication(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('reason', { description: 'Why, in words the vendor or applicant reads.' }) reason: string): Promise<VendorApplication> {
    return this.applications.reject(viewer, id, reason);
  }

  @ResolveField(() => Member, { description: 'Who applied.' })
  async applicant(@Parent() application: VendorApplication, @Loaders() loaders: RequestLoaders): Promise<Member> {
    return (await this.members.load(loaders, application.applicantId)) ?? { id: application.applicantId, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: application.createdAt };
  }

  @ResolveField(() => [Category], { description: 'The categories they would sell in.' })
  categories(@Parent() application: VendorApplication, @Loaders() loaders: RequestLoaders): Promise<Category[]> {
    return this.vendors.categoriesOf(loaders, application as unknown as Vendor);
  }

  @ResolveField(() => Vendor, { nullable: true, description: 'The vendor created when it was approved.' })
  vendor(@Parent() application: VendorApplication, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Vendor | null> {
    return application.vendorId ? this.vendors.load(loaders, viewer, application.vendorId) : Promise.resolve(null);
  }
}

/** "Sold by": a product's vendor, batched per request. */
@Resolver(() => Product)
export class ProductVendorResolver {
  constructor(private readonly vendors: VendorService) {}

  @ResolveField(() => Vendor, { nullable: true, description: 'The vendor selling it; null for the brand’s and members’ products (and a vendor hidden from you).' })
  vendor(@Parent() product: Product, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<Vendor | null> {
    return product.sellerKind === SellerKind.VENDOR && product.sellerId ? this.vendors.load(loaders, viewer, product.sellerId) : Promise.resolve(null);
  }
}
