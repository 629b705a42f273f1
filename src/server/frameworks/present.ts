// A stored framework as the API answers it (contract/frameworks.ts, Framework): dates as ISO text.
import type { StoredFramework } from "./repository.ts";

export const presentFramework = (f: StoredFramework) => ({ ...f, createdAt: f.createdAt.toISOString(), updatedAt: f.updatedAt.toISOString() });
