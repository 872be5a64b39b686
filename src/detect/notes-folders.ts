import { JS_FILE, PY_FILE } from '../knowledge/code-files.js';
import { NOTES_FOLDER } from '../knowledge/service-roles.js';

/** The example a folder of notes holds: its one source file and how many notes sit beside it. */
export interface NotesExample {
  file: string;
  notes: number;
}

/**
 * Whether a folder is a folder of notes whose one program is their example (see NOTES_FOLDER):
 * `files` are the paths below the folder, relative to it. The notes are counted in the folder
 * itself; the source files in it and below it, so that a project with modules is never one.
 */
export function notesExample(files: readonly string[]): NotesExample | undefined {
  const code = files.filter((f) => JS_FILE.test(f) || PY_FILE.test(f));
  if (code.length === 0 || code.length > NOTES_FOLDER.maxCode) return undefined;
  const notes = files.filter(
    (f) => !f.includes('/') && NOTES_FOLDER.note.test(f) && !NOTES_FOLDER.repositoryDocument.test(f),
  ).length;
  return notes >= NOTES_FOLDER.minNotes ? { file: code[0]!, notes } : undefined;
}
