// A local S3-compatible server for tests (s3rver, files in a temporary directory), with one bucket,
// and the recording storage configuration that points at it. s3rver lacks two multipart calls that
// resumable uploads need (ListParts, to learn how much arrived; AbortMultipartUpload): a small proxy
// in front of it answers those from s3rver's own part files and passes everything else on.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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
  const { port: s3rverPort } = await server.run() as { port: number };
  const proxy = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    const uploadId = url.searchParams.get("uploadId");
    const partsDir = uploadId ? join(directory, bucket, "._S3rver_uploads", uploadId) : "";
    if (uploadId && req.method === "GET") return listParts(res, partsDir, uploadId);
    if (uploadId && req.method === "DELETE") {
      rmSync(partsDir, { recursive: true, force: true });
      return void res.writeHead(204).end();
    }
    passOn(req, res, s3rverPort);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const port = (proxy.address() as AddressInfo).port;
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
      await new Promise((resolve) => proxy.close(resolve));
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function listParts(res: ServerResponse, partsDir: string, uploadId: string) {
  if (!existsSync(partsDir)) {
    res.writeHead(404, { "content-type": "application/xml" });
    return void res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>No such upload</Message><UploadId>${uploadId}</UploadId></Error>`);
  }
  const parts = readdirSync(partsDir).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b)).map((name) => {
    const md5 = readFileSync(join(partsDir, `${name}.md5`), "utf8");
    return `<Part><PartNumber>${name}</PartNumber><ETag>"${md5}"</ETag><Size>${statSync(join(partsDir, name)).size}</Size></Part>`;
  });
  res.writeHead(200, { "content-type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>${parts.join("")}</ListPartsResult>`);
}

function passOn(req: IncomingMessage, res: ServerResponse, port: number) {
  const upstream = httpRequest({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", () => res.destroy());
  req.pipe(upstream);
}
