import { postImage } from '@/lib/upload';

/** The GPX size the API takes (it reads files over 1 MB in the background). */
export const MAX_GPX_BYTES = 25 * 1024 * 1024;

export interface GpxUpload {
  id: string;
  status: 'QUEUED' | 'PARSING' | 'DONE' | 'FAILED';
  progress: number;
  error: string | null;
  name: string | null;
}

/**
 * Sends a GPX file to `POST /uploads/gpx`; answers the import to follow (read already when small).
 * Uses the same multipart sender as photos (the `alt` part is ignored there).
 */
export async function uploadGpx(file: File): Promise<GpxUpload> {
  return (await postImage('/uploads/gpx', file, '')) as GpxUpload;
}
