/**
 * A commit as a person quotes it. Twelve characters where a message names one commit to look up
 * (unique in any repository a team runs this on); seven, git's own short form, where a chart or a
 * list shows many.
 */
export const commitId = (sha: string): string => sha.slice(0, 12);
export const commitLabel = (sha: string): string => sha.slice(0, 7);
