import { describe, expect, it } from 'vitest';
import { cliFunctionDeploys, type CommandsRun } from '../../src/detect/manifests/cli-deploys.js';

const deploys = (file: string, text: string, runsIn = '.', run: CommandsRun = { from: 'root', bare: false }) =>
  cliFunctionDeploys(file, text, runsIn, run).map(
    (f) => `${f.dir}:${f.backend ?? f.otherRuntime}:${f.platform} (line ${f.line})`,
  );

describe('functions a script or workflow deploys from the command line', () => {
  it('gcloud functions deploy, over continued lines, in either option form', () => {
    const script = [
      '#!/bin/sh',
      'gcloud functions deploy resize \\',
      '  --gen2 --runtime=python312 \\',
      '  --source=functions/resize --trigger-http',
      'gcloud beta functions deploy notify --runtime nodejs20 --source functions/notify',
      '',
    ].join('\n');
    expect(deploys('deploy.sh', script)).toEqual([
      'functions/resize:python:Google Cloud Functions (line 2)',
      'functions/notify:node:Google Cloud Functions (line 5)',
    ]);
  });

  it("the folder is read from the repository root; one that leaves it from there is the script's own", () => {
    expect(
      deploys('scripts/deploy.sh', 'gcloud functions deploy a --runtime python311 --source=.\n', 'scripts'),
    ).toEqual(['.:python:Google Cloud Functions (line 1)']);
    expect(
      deploys('scripts/deploy.sh', 'gcloud functions deploy a --runtime nodejs20 --source ../fn/a\n', 'scripts'),
    ).toEqual(['fn/a:node:Google Cloud Functions (line 1)']);
  });

  it('no source folder, a folder named by a variable, or a commented line: none; another runtime is kept as such', () => {
    const script = [
      'gcloud functions deploy a --runtime python312 --trigger-http',
      'gcloud functions deploy b --runtime python312 --source "$SRC"',
      '# gcloud functions deploy c --runtime python312 --source c',
      'gcloud functions deploy d --runtime go121 --source d',
      '',
    ].join('\n');
    expect(deploys('deploy.sh', script)).toEqual(['d:go121:Google Cloud Functions (line 4)']);
  });

  it("a Makefile's recipe runs in its folder: paths from there, and a deploy naming no source deploys that folder (fn28)", () => {
    const make = { from: 'folder', bare: true } as const;
    const makefile = [
      'deploy:',
      '\tgcloud functions deploy demo --region us-central1 --entry-point entry \\',
      '\t\t--runtime python37 --trigger-http --max-instances 1',
      'deploy-api:',
      '\tgcloud functions deploy api --runtime nodejs20 --source ./api --trigger-http',
      '',
    ].join('\n');
    expect(deploys('functions/Makefile', makefile, 'functions', make)).toEqual([
      'functions:python:Google Cloud Functions (line 2)',
      'functions/api:node:Google Cloud Functions (line 5)',
    ]);
    // a literal `cd` on the recipe's line leads its deploy (fn31)
    expect(
      deploys(
        'Makefile',
        'deploy:\n\tcd fn && gcloud functions deploy a --runtime python311 --trigger-http\n',
        '.',
        make,
      ),
    ).toEqual(['fn:python:Google Cloud Functions (line 2)']);
    // a script at the root deploys the root when it names no source (one in a subfolder, its own folder: fn31)
    const bare = 'gcloud functions deploy a --runtime python312 --trigger-http\n';
    expect(deploys('deploy.sh', bare, '.', { from: 'root', bare: true })).toEqual([
      '.:python:Google Cloud Functions (line 1)',
    ]);
  });

  it('an archive deploys the folder the same file zips it from; one zipped after a cd or elsewhere none (fn28)', () => {
    const script = [
      'zip -r build/bot.zip bot --exclude "*.pyc"',
      'yc serverless function version create --function-name=bot --runtime python312 --source-path build/bot.zip',
      'zip -r app.zip *',
      'yc serverless function version create --function-name=root --runtime python37 --source-path ./app.zip',
      'yc serverless function version create --function-name=ci --runtime nodejs18 --source-path dist/ci.zip',
      'cd api && zip -r ../api.zip .',
      'yc serverless function version create --function-name=api --runtime nodejs18 --source-path api.zip',
      '',
    ].join('\n');
    expect(deploys('deploy.sh', script, '.', { from: 'root', bare: true })).toEqual([
      'bot:python:Yandex Cloud Functions (line 2)',
      '.:python:Yandex Cloud Functions (line 4)',
    ]);
  });
});
