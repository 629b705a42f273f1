// What the answer to telling carries for a story whose recording may be kept: where to upload it
// and the token that proves it belongs to this story.
import type { StoryRow } from "../stories/columns.ts";
import { RECORDING_UPLOAD_PATH } from "./uploads.ts";
import { uploadToken } from "./upload-token.ts";

export function recordingUploadOffer(secret: string, row: StoryRow) {
  if (!row.consentVoice) return {};
  const { token, expiresAt } = uploadToken(secret, row.id, row.createdAt);
  return { recordingUpload: { url: RECORDING_UPLOAD_PATH, token, expiresAt: expiresAt.toISOString() } };
}
