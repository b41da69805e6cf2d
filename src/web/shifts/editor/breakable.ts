/** Lets a label like "Annat/okänt" wrap after the slash in a narrow column, never inside a word. */
export function breakable(label: string): string {
  return label.replaceAll('/', '/\u200b');
}
