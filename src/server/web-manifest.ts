// What Vite's build manifest says about the web app's chunks: which files the public story form
// needs. The server preloads them (web.ts); the service worker keeps them for offline use (vite.config.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What Vite's build manifest says about one module. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The public form's page module, as the manifest names it (relative to src/web). */
export const TELL_PAGE = "tell/PublicTellPage.tsx";

/** Every script and stylesheet a module needs, its imports' included, in load order. */
export function chunkFiles(manifest: Record<string, ManifestChunk>, key: string) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const css of chunk.css ?? []) styles.add(css);
  };
  visit(key);
  return { scripts: [...scripts], styles: [...styles] };
}

export function readManifest(webRoot: string): Record<string, ManifestChunk> {
  const path = join(webRoot, ".vite", "manifest.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
}

