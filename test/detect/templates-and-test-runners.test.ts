import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { folderRole, nonRuntimeRole } from '../../src/knowledge/service-roles.js';
import { scanTree } from '../support/scan-tree.js';

// A package's test runner and a generator's template hold Django entry points, and neither is
// deployed: a Django CMS package with a `runtests.py` and a `project_template/` that
// `startproject` copies, as the big Django packages ship them.
const djangoPackage = {
  'pyproject.toml': [
    '[build-system]',
    'requires = ["setuptools>=78"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    'name = "cms"',
    'dependencies = ["Django>=5.2", "django-taggit>=5"]',
    '',
  ].join('\n'),
  'cms/__init__.py': '',
  'cms/models.py': 'from django.db import models\n',
  'runtests.py': [
    'import sys',
    'from django.core.management import execute_from_command_line',
    '',
    'def runtests():',
    '    execute_from_command_line([sys.argv[0], "test"])',
    '',
  ].join('\n'),
  'cms/project_template/requirements.txt': 'django>=6.1,<6.2\ncms>=7\n',
  'cms/project_template/Dockerfile':
    'FROM python:3.12\nCMD set -xe; python manage.py migrate --noinput; gunicorn {{ project_name }}.wsgi:application\n',
  'cms/project_template/project_name/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
};

describe('test runners and project templates are not services', () => {
  it('a Django package whose only entry is its test runner is a library', () => {
    const facts = detect(scanTree(djangoPackage));
    expect(facts.services).toEqual([]);
    expect(facts.notServices).toContainEqual(
      expect.objectContaining({ path: '.', reason: 'library', why: expect.stringContaining('setuptools.build_meta') }),
    );
  });

  it('a project template is listed with the examples, Dockerfile and WSGI entry notwithstanding', () => {
    const facts = detect(scanTree(djangoPackage));
    expect(facts.notServices).toContainEqual(
      expect.objectContaining({ path: 'cms/project_template', reason: 'examples' }),
    );
  });

  it('the same files, deployed for real, still make a service', () => {
    const site = {
      'requirements.txt': 'django>=6.1,<6.2\ngunicorn>=22\n',
      Dockerfile: 'FROM python:3.12\nCMD gunicorn site.wsgi:application\n',
      'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
      'runtests.py': 'from django.core.management import execute_from_command_line\n',
    };
    expect(detect(scanTree(site)).services.map((s) => [s.path, s.frameworks])).toEqual([['.', ['Django']]]);
  });

  it.each([
    ['runtests.py', 'tests'],
    ['tools/run_tests.py', 'scripts'],
    ['pkg/run_tests.py', 'tests'],
    ['pkg/runtest.py', undefined],
    ['pkg/run.py', undefined],
  ])('%s is %s', (path, role) => {
    expect(nonRuntimeRole(path)).toBe(role);
  });

  it.each([
    ['{{cookiecutter.project_slug}}/backend', 'examples'],
    ['generators/{{ name }}', 'examples'],
    ['apps/{% if use_api %}api{% endif %}', 'examples'],
    ['wagtail/project_template/home', 'examples'],
    ['polls/app_template', 'examples'],
    ['apps/api', undefined],
    ['apps/{api}', undefined],
    // a test double's word among the words of a folder's name: a stand-in app
    ['dummy-target', 'mock'],
    ['services/Mock_Backend', 'mock'],
    ['e2e-dummy.api', 'mock'],
    ['mockups', undefined],
    ['dummyjson-clone', undefined],
    ['fake-news-detector', undefined],
  ])('folder %s is %s', (path, role) => {
    expect(folderRole(path)).toBe(role);
  });
});
