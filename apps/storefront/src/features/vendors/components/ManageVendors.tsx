import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Badge, Button, ConfirmDialog, EmptyState, Tabs, toast } from '@/components/ui';
import type { VendorApplicationsQuery } from '@/gql/graphql';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { useApproveApplication, useRejectApplication, useReinstateVendor, useSuspendVendor } from '../hooks/use-vendors';
import { vendorQueries } from '../queries';
import '../vendors.css';

type Application = VendorApplicationsQuery['vendorApplications']['nodes'][number];
const day = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** `/manage/vendors`: the brand manager's curation: applications to decide, and the vendors with their standing. */
export function ManageVendors() {
  usePageTitle('Vendors');
  return (
    <section className="manage-vendors" aria-labelledby="manage-vendors-title">
      <h1 id="manage-vendors-title">Vendors</h1>
      <p className="muted">Decide who sells on the platform, and suspend a vendor to hide their page and every listing at once.</p>
      <Tabs
        label="Vendor curation"
        tabs={[
          { value: 'applications', label: 'Applications', content: <ApplicationQueue /> },
          { value: 'vendors', label: 'Vendors', content: <VendorList /> },
        ]}
      />
    </section>
  );
}

function ApplicationQueue() {
  const query = useQuery(vendorQueries.applications());
  if (query.isLoading) return <p aria-live="polite">Loading applications…</p>;
  if (query.error) return <p role="alert">{query.error.message}</p>;
  const applications = query.data?.vendorApplications.nodes ?? [];
  if (applications.length === 0) return <EmptyState title="No applications waiting" description="New applications to sell appear here, oldest first." />;
  return (
    <ul className="vendor-queue">
      {applications.map((application) => (
        <ApplicationItem key={application.id} application={application} />
      ))}
    </ul>
  );
}

function ApplicationItem({ application }: { application: Application }) {
  const approve = useApproveApplication();
  const reject = useRejectApplication();
  const [reason, setReason] = useState('');
  return (
    <li className="vendor-queue-item">
      <div className="vendor-queue-body">
        <h2 className="vendor-queue-name">{application.businessName}</h2>
        <p className="muted">
          by <Link to={`/members/${application.applicant.id}`}>{application.applicant.displayName}</Link> · {application.serviceArea} · applied {day(application.createdAt)}
        </p>
        <p className="vendor-description">{application.description}</p>
        <ul className="vendor-categories" aria-label="Categories">
          {application.categories.map((category) => (
            <li key={category.id}>
              <Badge>{category.name}</Badge>
            </li>
          ))}
        </ul>
        {application.website && (
          <p>
            <a href={application.website} rel="noopener nofollow ugc" target="_blank">
              {application.website}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
      </div>
      <div className="vendor-queue-actions">
        <ConfirmDialog
          trigger={<Button>Approve</Button>}
          title={`Approve ${application.businessName}?`}
          description={`${application.applicant.displayName} becomes the owner of a new vendor with a public page, and can invite staff and submit listings for review.`}
          confirmLabel="Approve"
          pendingLabel="Approving…"
          onConfirm={async () => {
            await approve.mutateAsync(application.id);
            toast.success(`${application.businessName} is a vendor now`);
          }}
        />
        <ConfirmDialog
          trigger={<Button variant="secondary">Reject</Button>}
          title={`Reject ${application.businessName}?`}
          description="The applicant reads your reason on their application and may apply again."
          confirmLabel="Reject"
          pendingLabel="Rejecting…"
          tone="danger"
          onConfirm={async () => {
            if (!reason.trim()) throw new Error('Give the applicant a reason');
            await reject.mutateAsync({ id: application.id, reason: reason.trim() });
            toast.success('Rejected: the applicant sees your reason');
          }}
        >
          <TextAreaField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required />
        </ConfirmDialog>
      </div>
    </li>
  );
}

function VendorList() {
  const query = useQuery(vendorQueries.manage());
  const suspend = useSuspendVendor();
  const reinstate = useReinstateVendor();
  const [reason, setReason] = useState('');
  if (query.isLoading) return <p aria-live="polite">Loading vendors…</p>;
  if (query.error) return <p role="alert">{query.error.message}</p>;
  const vendors = query.data?.manageVendors.nodes ?? [];
  if (vendors.length === 0) return <EmptyState title="No vendors yet" description="Approve an application to add the first one." />;
  return (
    <ul className="vendor-admin-list">
      {vendors.map((vendor) => (
        <li key={vendor.id} className="vendor-admin-item">
          <div>
            <h2 className="vendor-queue-name">
              <Link to={`/vendors/${encodeURIComponent(vendor.slug)}`}>{vendor.name}</Link>
            </h2>
            <p className="muted">
              {vendor.serviceArea} · since {day(vendor.createdAt)}
            </p>
            {vendor.status === 'SUSPENDED' && vendor.suspensionReason && <p className="vendor-suspension-reason">Suspended: {vendor.suspensionReason}</p>}
          </div>
          <div className="vendor-admin-actions">
            <Badge tone={vendor.status === 'ACTIVE' ? 'success' : 'danger'}>{vendor.status === 'ACTIVE' ? 'Active' : 'Suspended'}</Badge>
            {vendor.status === 'ACTIVE' ? (
              <ConfirmDialog
                trigger={<Button variant="secondary" size="sm">Suspend</Button>}
                title={`Suspend ${vendor.name}?`}
                description="Their page and every product and service of theirs are hidden from shoppers at once, until you reinstate them."
                confirmLabel="Suspend"
                pendingLabel="Suspending…"
                tone="danger"
                onConfirm={async () => {
                  if (!reason.trim()) throw new Error('Give a reason');
                  await suspend.mutateAsync({ vendorId: vendor.id, reason: reason.trim() });
                  setReason('');
                  toast.success(`${vendor.name} is suspended`);
                }}
              >
                <TextAreaField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required />
              </ConfirmDialog>
            ) : (
              <ConfirmDialog
                trigger={<Button variant="secondary" size="sm">Reinstate</Button>}
                title={`Reinstate ${vendor.name}?`}
                description="Their page and listings show again as they were before the suspension."
                confirmLabel="Reinstate"
                pendingLabel="Reinstating…"
                onConfirm={async () => {
                  await reinstate.mutateAsync(vendor.id);
                  toast.success(`${vendor.name} is reinstated`);
                }}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
