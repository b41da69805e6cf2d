export const ISSUE_COLUMNS = ['area', 'gender', 'age', 'count', 'year'] as const;
export type IssueColumn = (typeof ISSUE_COLUMNS)[number];

/** Where an import issue is: the server's path is `line.<n>.<field>` (field also `row` or `file`). */
export function issueLocation(path: string): { line: number; column: IssueColumn | null } | null {
  const match = /^line\.(\d+)\.(\w+)$/.exec(path);
  if (!match) return null;
  const column = ISSUE_COLUMNS.find((name) => name === match[2]) ?? null;
  return { line: Number(match[1]), column };
}
