/** Catches the file a download button saves (the Blob handed to URL.createObjectURL). */
import { expect } from 'vitest';

/** Clicks `button` and resolves with the Blob it downloads. */
export async function exportedBlob(button: HTMLButtonElement): Promise<Blob> {
  await expect.poll(() => button.disabled, { timeout: 10_000 }).toBe(false);
  const original = URL.createObjectURL;
  let blob: Blob | null = null;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blob = obj;
    return original.call(URL, obj);
  };
  try {
    button.click();
    await expect.poll(() => blob !== null, { timeout: 10_000 }).toBe(true);
  } finally {
    URL.createObjectURL = original;
  }
  return blob as unknown as Blob;
}
