// Node 20 does not apply --import loaders to worker threads, so the database thread registers tsx
// itself before it loads its TypeScript entry (pglite-thread.ts).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
