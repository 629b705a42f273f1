#!/usr/bin/env node
// The installed `vertelpunt` command (`npx vertelpunt …`). The CLI is TypeScript run through tsx, a
// runtime dependency, so an install needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
