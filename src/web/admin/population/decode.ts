/**
 * A CSV file's text. Files saved as "CSV UTF-8" (or with a BOM) are UTF-8; Swedish Excel's plain
 * "CSV (semikolonavgränsad)" is Windows-1252, which is what bytes that are not valid UTF-8 mean.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
