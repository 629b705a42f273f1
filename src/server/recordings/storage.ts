// Where voice recordings live. The embedded database keeps them in a directory beside itself (one
// process, one disk, one backup). With PostgreSQL several app processes serve the same stories, so
// a file written by one must be readable by all: S3-compatible object storage, configured by
// environment variables. Both are tus data stores, so uploads resume the same way on either.
import { join } from "node:path";
import type { Readable } from "node:stream";
import { FileStore } from "@tus/file-store";
import { DeleteObjectsCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { S3Store } from "@tus/s3-store";
import type { DataStore } from "@tus/utils";

export type RecordingStorageConfig =
  | { kind: "files"; directory: string }
  | { kind: "s3"; endpoint?: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export interface RecordingStorage {
  kind: RecordingStorageConfig["kind"];
  datastore: DataStore;
  /** The audio of a finished upload. */
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** S3_* variables choose object storage; without them, a directory under the data directory (or RECORDINGS_DIR). */
export function recordingStorageFromEnv(env: NodeJS.ProcessEnv, dataDir: string): RecordingStorageConfig {
  if (env.S3_BUCKET) {
    const missing = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"].filter((name) => !env[name]);
    if (missing.length > 0) throw new Error(`S3_BUCKET is set, so ${missing.join(" and ")} must be set too`);
    return {
      kind: "s3", endpoint: env.S3_ENDPOINT || undefined, bucket: env.S3_BUCKET, region: env.S3_REGION ?? "us-east-1",
      accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    };
  }
  return { kind: "files", directory: env.RECORDINGS_DIR ?? join(dataDir, "recordings") };
}

export function openRecordingStorage(config: RecordingStorageConfig): RecordingStorage {
  if (config.kind === "files") {
    const store = new FileStore({ directory: config.directory });
    return { kind: "files", datastore: store, read: async (key) => store.read(key), remove: (key) => store.remove(key) };
  }
  const clientConfig: S3ClientConfig = {
    region: config.region, endpoint: config.endpoint,
    // S3-compatible servers other than AWS (Garage, SeaweedFS, Ceph) expect the bucket in the path.
    forcePathStyle: Boolean(config.endpoint),
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Checksums only where S3 demands them: otherwise the SDK streams bodies "aws-chunked" with
    // trailing checksums, which several S3-compatible servers store as if it were the audio.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  // 5 MiB is S3's smallest part; a few minutes of speech fit in one or two.
  const store = new S3Store({ partSize: 5 * 1024 * 1024, s3ClientConfig: { bucket: config.bucket, ...clientConfig } });
  const client = new S3Client(clientConfig);
  return {
    kind: "s3", datastore: store, read: (key) => store.read(key),
    // S3Store.remove gives up on a finished upload (its multipart upload is gone, which it takes for
    // a missing file) and leaves the audio: abort what may still run, then delete every object.
    async remove(key) {
      await store.remove(key).catch(() => undefined);
      await client.send(new DeleteObjectsCommand({
        Bucket: config.bucket, Delete: { Objects: [key, `${key}.info`, `${key}.part`].map((Key) => ({ Key })), Quiet: true },
      }));
    },
  };
}
