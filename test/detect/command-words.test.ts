import { describe, expect, it } from 'vitest';
import { execWords, programWords, shellForm } from '../../src/detect/command-words.js';

describe('the words of a Dockerfile or compose command', () => {
  it('reads the exec form and the shell form alike', () => {
    expect(execWords('["gunicorn", "-b", "0.0.0.0:80", "app:app"]')).toEqual([
      'gunicorn',
      '-b',
      '0.0.0.0:80',
      'app:app',
    ]);
    expect(execWords('gunicorn -b 0.0.0.0:80 app:app')).toEqual(['gunicorn', '-b', '0.0.0.0:80', 'app:app']);
    // quotes keep a word whole and are dropped
    expect(execWords(`sh -c "celery -A app worker" 'x y'`)).toEqual(['sh', '-c', 'celery -A app worker', 'x y']);
    expect(execWords('["app.py", "/srv/"]')).toEqual(['app.py', '/srv/']);
  });

  it('text that opens like the exec form but is not a JSON array of strings has no words', () => {
    expect(execWords('["broken"')).toBeUndefined();
    expect(execWords('["node", 3]')).toBeUndefined();
    expect(shellForm('["broken"')).toBe('["broken"');
  });

  it('the program past assignments, wrappers, project runners and system paths', () => {
    expect(programWords('exec PORT=80 gosu app /usr/local/bin/gunicorn app:app')).toEqual(['gunicorn', 'app:app']);
    expect(programWords('["tini", "--", "poetry", "run", "acme-api"]')).toEqual(['acme-api']);
    expect(programWords('PORT=80')).toEqual([]);
  });

  it('a command asked again has the same words, which no caller can change for the next', () => {
    const command = 'exec gosu app gunicorn -b 0.0.0.0:80 app:app';
    const first = programWords(command);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).push('--reload')).toThrow(TypeError);
    expect(() => (execWords(command) as string[]).splice(0, 1)).toThrow(TypeError);
    expect(programWords(command)).toEqual(['gunicorn', '-b', '0.0.0.0:80', 'app:app']);
    expect(execWords(command)).toEqual(['exec', 'gosu', 'app', 'gunicorn', '-b', '0.0.0.0:80', 'app:app']);
    expect(execWords('["broken"')).toBeUndefined();
  });
});
