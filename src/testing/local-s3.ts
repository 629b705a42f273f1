// A local S3-compatible server for tests (s3rver, files in a temporary directory), with one bucket,
// and the recording storage configuration that points at it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error s3rver ships no types
import S3rver from "s3rver";
import type { RecordingStorageConfig } from "../server/recordings/storage.ts";

export interface LocalS3 {
  config: Extract<RecordingStorageConfig, { kind: "s3" }>;
  /** The number of objects in the bucket, the tus upload-info objects included. */
  objectKeys(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startLocalS3(bucket = "vertelpunt-recordings"): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), "vp-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run() as { port: number };
  const config = {
    kind: "s3" as const, endpoint: `http://127.0.0.1:${port}`, bucket, region: "us-east-1",
    // s3rver's fixed development credentials.
    accessKeyId: "S3RVER", secretAccessKey: "S3RVER",
  };
  return {
    config,
    async objectKeys() {
      const { S3Client, ListObjectsV2Command } = await import("@aws-sdk/client-s3");
      const client = new S3Client({ region: config.region, endpoint: config.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      client.destroy();
      return (listed.Contents ?? []).map((o) => o.Key!);
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
