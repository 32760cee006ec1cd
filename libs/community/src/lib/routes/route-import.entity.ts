import { Account } from '@flagship/accounts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { ProcessedGpx } from './process-gpx';

export enum RouteImportStatus {
  QUEUED = 'QUEUED',
  PARSING = 'PARSING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/**
 * An uploaded GPX file on its way to becoming a route: small files are read during the upload, large
 * ones wait here (the file in `file`) for the background job, which writes its progress as it goes.
 * `createRoute` turns a DONE import into a route and deletes it.
 */
@Entity('route_import')
@Index('route_import_queue_idx', ['createdAt'], { where: `"status" = 'QUEUED'` })
@Index('route_import_owner_idx', ['ownerId'])
@Check('route_import_progress_check', `"progress" BETWEEN 0 AND 100`)
export class RouteImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'route_import_pkey' })
  id!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'route_import_owner_id_fkey' })
  owner?: Relation<Account>;

  @Column({ type: 'enum', enum: RouteImportStatus, enumName: 'route_import_status' })
  status!: RouteImportStatus;

  @Column('integer', { default: 0 })
  progress!: number;

  /** Why it failed, in words for the uploader. */
  @Column('text', { nullable: true })
  error!: string | null;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('integer', { name: 'byte_size' })
  byteSize!: number;

  /** The uploaded file while it waits to be read; cleared once read. */
  @Column('bytea', { nullable: true, select: false })
  file!: Buffer | null;

  /** What was read from it, once DONE. */
  @Column('jsonb', { nullable: true, select: false })
  result!: ProcessedGpx | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
