let message = '';

/** A message for the next page to show, e.g. "Användaren skapades." after a form sends you back to a list. */
export function setFlash(text: string): void {
  message = text;
}

export function takeFlash(): string {
  const text = message;
  message = '';
  return text;
}
