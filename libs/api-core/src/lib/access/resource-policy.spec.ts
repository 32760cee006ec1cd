import { DomainError } from '../errors/domain-error';
import { OrganisationRole, Role, type Viewer } from '../request/viewer';
import { definePolicy, declaredRules } from './resource-policy';
import { anyOf, everyone, holdsRole, isAccount, memberOf, resourceIs } from './rule';

interface Note {
  authorId: string;
  vendorId: string | null;
  published: boolean;
}

const viewer = (roles: Role[] = [], memberships: Viewer['memberships'] = [], accountId = 'me'): Viewer => ({
  accountId,
  roles: new Set([Role.CONSUMER, ...roles]),
  memberships,
  sessionId: 's',
});

const NotePolicy = definePolicy('spec_note', {
  noun: 'Note',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(resourceIs((note: Note) => note.published, 'a published note'), isAccount((note: Note) => note.authorId, 'its author'), holdsRole(Role.MODERATOR)),
    edit: anyOf(isAccount((note: Note) => note.authorId, 'its author'), memberOf((note: Note) => note.vendorId)),
    transfer: memberOf((note: Note) => note.vendorId, [OrganisationRole.OWNER]),
    moderate: holdsRole(Role.MODERATOR, Role.BRAND_MANAGER),
    list: everyone,
  },
});

const OpenPolicy = definePolicy('spec_open_note', { noun: 'Note', refuseAs: 'FORBIDDEN', rules: { edit: isAccount((note: Note) => note.authorId) } });

const draft: Note = { authorId: 'author', vendorId: 'velofit', published: false };
const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
  return 'ALLOWED';
};

describe('resource policies', () => {
  it('lets the author, a moderator and (once published) anyone read; hides it from the rest as NOT_FOUND', () => {
    expect(NotePolicy.can(viewer([], [], 'author'), 'read', draft)).toBe(true);
    expect(NotePolicy.can(viewer([Role.MODERATOR]), 'read', draft)).toBe(true);
    expect(NotePolicy.can(undefined, 'read', { ...draft, published: true })).toBe(true);
    expect(codeOf(() => NotePolicy.authorize(viewer(), 'read', draft))).toBe('NOT_FOUND');
    expect(codeOf(() => NotePolicy.authorize(undefined, 'read', draft))).toBe('NOT_FOUND');
    expect(codeOf(() => NotePolicy.authorize(viewer(), 'read', null))).toBe('NOT_FOUND');
  });

  it("lets an organisation's owners and staff edit its resources, not another organisation's", () => {
    const staff = viewer([], [{ organisationId: 'velofit', role: OrganisationRole.STAFF }]);
    const otherVendor = viewer([Role.VENDOR], [{ organisationId: 'spoke', role: OrganisationRole.OWNER }]);
    expect(NotePolicy.authorize(staff, 'edit', draft)).toBe(draft);
    expect(codeOf(() => NotePolicy.authorize(otherVendor, 'edit', draft))).toBe('NOT_FOUND');
    // A resource of no organisation is nobody's by membership.
    expect(NotePolicy.can(staff, 'edit', { ...draft, vendorId: null })).toBe(false);
  });

  it('tells owners from staff when the rule names a role in the organisation', () => {
    expect(NotePolicy.can(viewer([], [{ organisationId: 'velofit', role: OrganisationRole.STAFF }]), 'transfer', draft)).toBe(false);
    expect(NotePolicy.can(viewer([], [{ organisationId: 'velofit', role: OrganisationRole.OWNER }]), 'transfer', draft)).toBe(true);
  });

  it('answers FORBIDDEN (UNAUTHENTICATED for a visitor) when the policy does not hide its resources', () => {
    expect(codeOf(() => OpenPolicy.authorize(viewer(), 'edit', draft))).toBe('FORBIDDEN');
    expect(codeOf(() => OpenPolicy.authorize(undefined, 'edit', draft))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => OpenPolicy.authorize(viewer(), 'edit', undefined))).toBe('NOT_FOUND');
  });

  it('refuses with the caller’s message and field when given', () => {
    try {
      NotePolicy.authorize(viewer(), 'read', draft, { message: 'This note is gone', field: 'noteId' });
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'This note is gone', field: 'noteId' });
    }
  });

  it('filters a list in one pass, keeping the order', () => {
    const notes: Note[] = [draft, { ...draft, published: true, authorId: 'x' }, { ...draft, authorId: 'me' }];
    expect(NotePolicy.filter(viewer(), 'read', notes)).toEqual([notes[1], notes[2]]);
  });

  it('describes each rule in words and says which ones need the resource', () => {
    expect(NotePolicy.rule('moderate')).toMatchObject({ description: 'moderators or brand managers', needsResource: false, admitsEveryone: false });
    expect(NotePolicy.rule('edit')).toMatchObject({ description: "its author or its organisation's people", needsResource: true });
    expect(NotePolicy.rule('list').admitsEveryone).toBe(true);
    expect(declaredRules().map((r) => r.name)).toEqual(
      expect.arrayContaining(['spec_note.read', 'spec_note.edit', 'spec_note.transfer', 'spec_note.moderate', 'spec_note.list', 'spec_open_note.edit']),
    );
  });

  it('gives each action a rule object of its own, even when actions share one', () => {
    const shared = holdsRole(Role.MODERATOR);
    const Shared = definePolicy('spec_shared', { noun: 'Thing', refuseAs: 'FORBIDDEN', rules: { hide: shared, pin: shared } });
    expect(Shared.rule('hide')).not.toBe(Shared.rule('pin'));
    expect(Shared.rule('hide')).toMatchObject({ description: 'moderators', needsResource: false });
    expect(Shared.can(viewer([Role.MODERATOR]), 'pin', draft)).toBe(true);
  });

  it('refuses to declare one resource twice', () => {
    expect(() => definePolicy('spec_note', { noun: 'Note', refuseAs: 'FORBIDDEN', rules: { edit: everyone } })).toThrow(/declared twice/);
  });

  it('reads roles as a set: any held role lets in', () => {
    const both = viewer([Role.MODERATOR, Role.VENDOR]);
    expect(NotePolicy.can(both, 'moderate', draft)).toBe(true);
    expect(NotePolicy.can(viewer([Role.VENDOR]), 'moderate', draft)).toBe(false);
  });
});
