import { registerEnumType } from '@nestjs/graphql';

/** Whether a comment is shown. Room for moderation, like a contribution's status. */
export enum CommentStatus {
  VISIBLE = 'VISIBLE',
  /** Deleted by its author or taken down by moderation: who, when and why are kept on the row. */
  REMOVED = 'REMOVED',
}
registerEnumType(CommentStatus, { name: 'CommentStatus' });

/** The ways a member reacts to a contribution: one of each per member. */
export enum ReactionKind {
  LIKE = 'LIKE',
  /** What readers give a guide (issue 10: "readers applaud"). */
  APPLAUD = 'APPLAUD',
  HELPFUL = 'HELPFUL',
  INSPIRING = 'INSPIRING',
}
registerEnumType(ReactionKind, { name: 'ReactionKind', description: 'A reaction to a contribution; a member gives each kind at most once.' });

export const COMMENT_MAX_LENGTH = 5000;
export const COLLECTION_NAME_MAX_LENGTH = 60;
/** The collection `saveToCollection` uses when none is named; made on first save. */
export const DEFAULT_COLLECTION_NAME = 'Saved';
