/**
 * When a membership row `m` of organisation `o` counts, as SQL: a vendor's only while the account holds
 * the VENDOR role. Everything that reads memberships uses it: the session lookup (so `memberOf` rules),
 * the vendor badge and `Account.memberships`. Revoking VENDOR is then one brand-manager decision that
 * switches off all of that person's vendor access and badges at once, on their next request; the rows
 * stay (granting VENDOR again restores them), and no organisation owner can undo it by adding them back.
 */
export const MEMBERSHIP_IN_EFFECT = `(o.kind <> 'VENDOR' OR EXISTS (SELECT 1 FROM account_role vr WHERE vr.account_id = m.account_id AND vr.role = 'VENDOR'))`;
