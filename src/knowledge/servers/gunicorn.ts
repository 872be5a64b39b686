import type { ServerRecord } from './types.js';

export const gunicorn: ServerRecord = {
  id: 'gunicorn',
  name: 'Gunicorn',
  role: 'app-server',
  python: {
    packages: ['gunicorn'],
    commands: ['gunicorn'],
    modules: ['gunicorn'],
    // `gunicorn proj.wsgi`: its first word is the app's module (`application` its default object)
    appArgument: { positional: true, dirOptions: ['--chdir'] },
    // tiangolo's images start Gunicorn with Uvicorn workers on /app/app/main.py's `app`, else /app/main.py's, when the
    // Dockerfile built on them only copies the app in (their documented MODULE_NAME default)
    baseImages: [
      {
        image: String.raw`^(?:docker\.io/)?tiangolo/uvicorn-gunicorn(?:-fastapi|-starlette)?(?::|$)`,
        command:
          'gunicorn -k uvicorn.workers.UvicornWorker app.main:app || gunicorn -k uvicorn.workers.UvicornWorker main:app',
        workdir: '/app',
      },
      {
        image: String.raw`^(?:docker\.io/)?tiangolo/meinheld-gunicorn(?:-flask)?(?::|$)`,
        command: 'gunicorn app.main:app || gunicorn main:app',
        workdir: '/app',
      },
    ],
  },
};
