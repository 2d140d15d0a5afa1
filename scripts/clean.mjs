// Remove build output so a build never ships stale chunks.
import { rmSync } from 'node:fs';
for (const path of ['dist', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
