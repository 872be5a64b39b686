/**
 * Task runners' files that name commands a person runs by a task's name (`task serve`, `vagga run`):
 * read like a Makefile's recipes (detect/manifests/run-docs), each command a run written down in the
 * file's folder, counted only where it runs the folder's own code (detect/written-runs).
 */
export interface TaskRunnerFile {
  id: string;
  /** Base names of its file. */
  files: RegExp;
  /** The key of the YAML table holding its tasks, by name. */
  tasks: string;
  /**
   * Keys of a task's table holding its command, first present wins: a string is a shell line; a list
   * is, per `list`, one command line per item (`lines`, an item a string or a table whose `cmd` is one)
   * or the words of one command (`words`). A task written as a string or list is that value.
   */
  commands: readonly string[];
  list: 'lines' | 'words';
  /** The key of a task's table naming the folder its command runs in, from the file's folder. */
  dir?: string;
  /** The key of a task's table holding tasks run together (vagga's `!Supervise` children), each read as a task. */
  children?: string;
}

export const TASK_RUNNER_FILES: readonly TaskRunnerFile[] = [
  {
    // go-task: `tasks: { serve: { dir: api, cmds: ['uvicorn main:app'] } }`, or `serve: uvicorn main:app`
    id: 'go-task',
    files: /^taskfile(?:\.dist)?\.ya?ml$/i,
    tasks: 'tasks',
    commands: ['cmds', 'cmd'],
    list: 'lines',
    dir: 'dir',
  },
  {
    // vagga: `commands: { run: !Command { container: py, run: "python3 app.py" } }` (a string runs in a
    // shell, a list is the command's words), `!Supervise` running its `children` together
    id: 'vagga',
    files: /^vagga\.ya?ml$/,
    tasks: 'commands',
    commands: ['run'],
    list: 'words',
    dir: 'work-dir',
    children: 'children',
  },
];
