import type { ServerRecord } from './types.js';

/**
 * Pulumi programs that deploy AWS Lambda functions: `new aws.lambda.Function('name', { code: new
 * pulumi.asset.FileArchive('./folder') })` (Python: `aws.lambda_.Function('name', code=pulumi.FileArchive(...))`)
 * deploys that folder, resolved from the program's folder (the one holding `Pulumi.yaml`); a
 * `CallbackFunction` deploys a closure written in the program, so the program's folder, and so does
 * an API gateway route whose `eventHandler` is a closure (`new awsx.apigateway.API('api', { routes:
 * [{ path: '/', method: 'GET', eventHandler: async (event) => ... }] })`). The program itself is
 * otherwise infrastructure.
 */
/** A route's handler written as a closure (`async (event) => ...`, `function`) or a factory's call returning one (`handler()`). */
const ROUTE_CLOSURE = String.raw`\beventHandler\s*:\s*(?:async\b|function\b|\(|(?!new\b)[\w$.]+\s*\()`;

export const pulumi: ServerRecord = {
  id: 'pulumi',
  name: 'Pulumi',
  role: 'function',
  node: {
    constructs: [
      { call: 'Function', option: 'code' },
      { call: 'CallbackFunction', option: 'inline', backend: 'node' },
      // awsx's (and @pulumi/aws-apigateway's) API: a route's `eventHandler` closure (or a factory's call returning
      // one) becomes a Lambda built from the program; a handler named by a variable is that variable's construct
      {
        call: 'API',
        option: 'inline',
        backend: 'node',
        inlineWhen: ROUTE_CLOSURE,
      },
      {
        call: 'RestAPI',
        option: 'inline',
        backend: 'node',
        inlineWhen: ROUTE_CLOSURE,
      },
    ],
    infrastructure: [
      '@pulumi/pulumi',
      '@pulumi/aws',
      '@pulumi/awsx',
      '@pulumi/aws-apigateway',
      '@pulumi/gcp',
      '@pulumi/azure-native',
    ],
  },
  python: {
    constructs: [{ call: 'Function', option: 'code' }],
    infrastructure: ['pulumi', 'pulumi-aws', 'pulumi-awsx', 'pulumi-gcp', 'pulumi-azure-native'],
  },
  deploys: {
    appFile: 'Pulumi.yaml',
    constructArguments: 'name',
    stackImports: {
      node: ['@pulumi/aws', '@pulumi/awsx', '@pulumi/aws-apigateway'],
      python: ['pulumi_aws', 'pulumi_awsx'],
    },
    assetCalls: ['FileArchive'],
    runtimes: { node: [String.raw`Runtime\.NodeJS\w+`], python: [String.raw`Runtime\.Python\w+`] },
  },
};
