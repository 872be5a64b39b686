import type { ServerRecord } from './types.js';

/**
 * AWS CDK stacks that deploy Lambda functions: the function's code folder (`Code.fromAsset`, an
 * `entry`) is the service, resolved from the CDK app's folder (the one holding `cdk.json`) or,
 * under `path.join(__dirname, ...)`, from the stack's file. The stack itself is infrastructure.
 */
export const awsCdk: ServerRecord = {
  id: 'aws-cdk',
  name: 'AWS CDK',
  role: 'function',
  node: {
    constructs: [
      { call: 'Function', option: 'code' },
      { call: 'NodejsFunction', option: 'entry', entry: 'file', backend: 'node', bundledFrom: 'package.json' },
      { call: 'PythonFunction', option: 'entry', entry: 'folder', backend: 'python' },
    ],
    infrastructure: ['aws-cdk-lib', 'aws-cdk', '@aws-cdk/core', '@aws-cdk/aws-lambda'],
  },
  python: {
    constructs: [
      { call: 'Function', option: 'code' },
      { call: 'PythonFunction', option: 'entry', entry: 'folder', backend: 'python' },
    ],
    infrastructure: ['aws-cdk-lib', 'aws-cdk-core', 'aws-cdk-aws-lambda'],
  },
  deploys: {
    appFile: 'cdk.json',
    projectFiles: { node: ['package.json'], python: ['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile'] },
    stackImports: {
      node: [
        'aws-cdk-lib',
        '@aws-cdk/aws-lambda',
        '@aws-cdk/aws-lambda-nodejs',
        '@aws-cdk/aws-lambda-python-alpha',
        '@aws-cdk/core',
      ],
      python: ['aws_cdk'],
    },
    assetCalls: ['Code.fromAsset', 'Code.from_asset'],
    runtimes: { node: [String.raw`Runtime\.NODEJS_\w+`], python: [String.raw`Runtime\.PYTHON_\w+`] },
  },
};
