/** Small helpers shared by the browser tests. */

/** Capture console.warn calls while `run` runs (and restore it after). */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

export interface CapturedDownload {
  filename: string;
  blob: Blob;
}

/**
 * Capture files offered for download (anchors with `download` clicked by the
 * code under test) instead of letting the browser save them.
 */
export async function captureDownloads(run: () => unknown | Promise<unknown>, waitFor = 1, timeout = 3000): Promise<CapturedDownload[]> {
  const downloads: CapturedDownload[] = [];
  const pending: Promise<void>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    const filename = this.download;
    pending.push(fetch(this.href).then(async (response) => void downloads.push({ filename, blob: await response.blob() })));
  };
  try {
    await run();
    const deadline = Date.now() + timeout;
    while (pending.length < waitFor && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(pending);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return downloads;
}

/**
 * Let pending work settle: a few animation frames, and at least 80 ms so
 * that announcements (set on a timer after clearing) have landed.
 */
export function nextFrames(count = 2): Promise<void> {
  const frames = new Promise<void>((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
  return Promise.all([frames, new Promise((resolve) => setTimeout(resolve, 80))]).then(() => undefined);
}

/** Replace localStorage's methods for one test; returns a restore function. */
export function breakStorage(kind: 'throws-on-write' | 'throws-always'): () => void {
  const proto = Storage.prototype;
  const saved = { setItem: proto.setItem, getItem: proto.getItem, removeItem: proto.removeItem };
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  proto.setItem = quota;
  if (kind === 'throws-always') {
    proto.getItem = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    proto.removeItem = proto.getItem as typeof proto.removeItem;
  }
  return () => Object.assign(proto, saved);
}

/** Wait until `check` returns something truthy (polling every `every` ms) and return it, or fail saying what did not happen. */
export async function until<T>(check: () => T, what: string, timeout = 5000, every = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
