export { JobsModule } from './lib/jobs.module';
export { JobQueue, type JobsOptions } from './lib/job-queue';
