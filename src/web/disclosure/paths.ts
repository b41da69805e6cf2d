/** The public page that explains how figures about young people are protected. */
export const DISCLOSURE_METHOD_PATH = '/statistik/metod';

/** The page's full address, for files that travel where the app is not. */
export function disclosureMethodUrl(): string {
  return new URL(DISCLOSURE_METHOD_PATH, window.location.origin).href;
}
