import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { attributeAt, readHcl } from '../../src/detect/hcl.js';
import { scanTree } from '../support/scan-tree.js';

// Issue 25: functions deployed by Terraform (aws_lambda_function, google_cloudfunctions*_function,
// the community Lambda module) were no services: their code folders hold only a handler.

const services = (tree: Record<string, string>) => {
  const facts = detect(scanTree(tree));
  return {
    services: facts.services.map((s) => `${s.path} ${s.current} ${s.kind}`),
    warnings: facts.warnings.map((w) => `${w.file}: ${w.message}`),
  };
};

const HANDLER_JS = 'export const handler = async (event) => ({ statusCode: 200, body: "ok" });\n';
const HANDLER_PY = 'def handler(event, context):\n    return {"statusCode": 200}\n';

describe('readHcl', () => {
  it('reads blocks, labels and attributes; strings, templates, heredocs and comments open nothing', () => {
    const { body, error } = readHcl(
      [
        '# resource "aws_lambda_function" "commented" {',
        'variable "region" { default = "eu-west-1" }',
        'resource "aws_iam_role" "r" {',
        '  policy = <<-EOT',
        '    { "a": "b = {" }',
        '    EOT',
        '  name = "x-${lookup(var.names, "a}", "b")}" // a comment { ',
        '  tags = {',
        '    team = "media" # }',
        '  }',
        '}',
        '/* resource "aws_lambda_function" "old" {',
        '} */',
        'resource "google_cloudfunctions2_function" "f" {',
        '  build_config {',
        '    runtime = "python312"',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(error).toBeUndefined();
    expect(body.blocks.map((b) => `${b.type} ${b.labels.join('.')} @${b.line}`)).toEqual([
      'variable region @2',
      'resource aws_iam_role.r @3',
      'resource google_cloudfunctions2_function.f @14',
    ]);
    expect(body.blocks[0]!.attributes.get('default')!.expr).toBe('"eu-west-1"');
    expect(body.blocks[1]!.attributes.get('name')).toEqual({ expr: '"x-${lookup(var.names, "a}", "b")}"', line: 7 });
    expect([...body.blocks[1]!.attributes.keys()]).toEqual(['policy', 'name', 'tags']);
    expect(attributeAt(body.blocks[2]!, 'build_config.runtime')?.expr).toBe('"python312"');
  });

  it('stops at a malformed block with the line, keeping what came before', () => {
    const { body, error } = readHcl('variable "a" {}\nresource "x" "y" {\n  name = "open\n}\n');
    expect(error).toBe('line 3: a string is not closed');
    expect(body.blocks.map((b) => b.type)).toEqual(['variable']);
  });
});

describe('Terraform functions', () => {
  it('a Lambda function at the folder its archive zips, its backend from the runtime', () => {
    const tf = [
      'data "archive_file" "zip" {',
      '  type        = "zip"',
      '  source_dir  = "${path.module}/../lambda"',
      '  output_path = "${path.module}/lambda.zip"',
      '}',
      'resource "aws_lambda_function" "fn" {',
      '  filename = data.archive_file.zip.output_path',
      '  handler  = "index.handler"',
      '  runtime  = "nodejs20.x"',
      '}',
    ].join('\n');
    expect(services({ 'terraform/main.tf': tf, 'lambda/index.mjs': HANDLER_JS })).toEqual({
      services: ['lambda node function'],
      warnings: [],
    });
  });

  it('resources and archives in different files of one module; a file archive is its folder', () => {
    const tree = {
      'infra/data.tf': 'data "archive_file" "a" {\n  source_file = "src/app.py"\n  output_path = "a.zip"\n}\n',
      'infra/lambda.tf':
        'resource "aws_lambda_function" "f" {\n  filename = "a.zip"\n  runtime = local.rt\n}\nlocals {\n  rt = "python3.12"\n}\n',
      'infra/src/app.py': HANDLER_PY,
    };
    expect(services(tree).services).toEqual(['infra/src python function']);
  });

  it('leaves out what names no folder of ours: another runtime, inline code, a variable from outside', () => {
    const tree = {
      'infra/main.tf': [
        'resource "aws_lambda_function" "go" {',
        '  filename = data.archive_file.go.output_path',
        '  runtime  = "provided.al2023"',
        '}',
        'data "archive_file" "go" { source_dir = "../cmd/go" }',
        'data "archive_file" "inline" {',
        '  source {',
        '    content  = "exports.handler = async () => 1"',
        '    filename = "index.js"',
        '  }',
        '}',
        'resource "aws_lambda_function" "inline" {',
        '  filename = data.archive_file.inline.output_path',
        '  runtime  = "nodejs20.x"',
        '}',
        'variable "code" {}',
        'resource "aws_lambda_function" "given" {',
        '  filename = var.code',
        '  runtime  = "nodejs20.x"',
        '}',
        'resource "aws_lambda_function" "gone" {',
        '  filename = data.archive_file.gone.output_path',
        '  runtime  = "python3.12"',
        '}',
        'data "archive_file" "gone" { source_dir = "../build/gone" }',
      ].join('\n'),
      'cmd/go/main.go': 'package main\nfunc main() {}\n',
    };
    expect(services(tree)).toEqual({
      services: [],
      warnings: [
        'infra/main.tf: line 17: aws_lambda_function "given" (AWS Lambda) deploys code from a computed path (var.code); its folder is not known, so it is no service here (declare it in the config\'s services)',
        'infra/main.tf: line 21: aws_lambda_function "gone" (AWS Lambda) deploys build/gone, which the scan does not see (absent or ignored); no service for it',
      ],
    });
  });

  it("a module's source path read from an object a local holds", () => {
    const tree = {
      'app/main.tf': [
        'module "producer_lambda" {',
        '  source      = "terraform-aws-modules/lambda/aws"',
        '  runtime     = local.producer.runtime',
        '  source_path = local.producer.src_path',
        '}',
        'locals {',
        '  producer = {',
        '    src_path = "producer"',
        '    runtime  = "python3.8"',
        '    handler  = "app.lambda_function"',
        '  }',
        '}',
      ].join('\n'),
      'app/producer/app.py': HANDLER_PY,
    };
    expect(services(tree)).toEqual({ services: ['app/producer python function'], warnings: [] });
  });

  it('a Cloud Function names its upload by the object name written out again', () => {
    const tree = {
      'archive.tf':
        'data "archive_file" "src" {\n  source_dir = "${path.module}/function"\n  output_path = "${path.module}/function.zip"\n}\nresource "google_storage_bucket_object" "zip" {\n  name   = "function-source.zip"\n  source = data.archive_file.src.output_path\n}\n',
      'main.tf':
        'resource "google_cloudfunctions_function" "events" {\n  runtime = "python39"\n  source_archive_object = "function-source.zip"\n}\n',
      'function/main.py': 'def process_event(event, context):\n    print(event)\n',
      'function/requirements.txt': 'pg8000==1.30.5\n',
    };
    expect(services(tree).services).toEqual(['function python function']);
  });

  it('a folder the tree lacks (a build output) is the project it is built in', () => {
    const tree = {
      'deploy/main.tf':
        'data "archive_file" "z" {\n  source_dir = "../api/dist"\n}\nresource "aws_lambda_function" "f" {\n  source_code_hash = data.archive_file.z.output_base64sha256\n  s3_key = "api.zip"\n  runtime = "nodejs18.x"\n}\n',
      'api/package.json': '{ "name": "api", "private": true, "scripts": { "build": "tsc" } }',
      'api/src/index.ts': HANDLER_JS,
    };
    expect(services(tree).services).toEqual(['api node function']);
  });

  it('a configuration among examples deploys an example; a file that cannot be read is one line', () => {
    const example =
      'resource "aws_lambda_function" "f" {\n  filename = data.archive_file.z.output_path\n  runtime = "python3.12"\n}\ndata "archive_file" "z" { source_dir = "fn" }\n';
    const facts = services({
      'examples/basic/main.tf': example,
      'examples/basic/fn/app.py': HANDLER_PY,
      'infra/broken.tf': 'resource "aws_lambda_function" "f" {\n  runtime = "python3.12\n}\n',
    });
    expect(facts).toEqual({
      services: [],
      warnings: ['infra/broken.tf: could not read the Terraform configuration past line 2: a string is not closed'],
    });
  });
});
