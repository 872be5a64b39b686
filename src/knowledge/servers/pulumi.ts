import type { ServerRecord } from './types.js';

/**
 * Pulumi programs that deploy AWS Lambda functions: `new aws.lambda.Function('name', { code: new
 * pulumi.asset.FileArchive('./folder') })` (Python: `aws.lambda_.Function('name', code=pulumi.FileArchive(...))`)
 * deploys that folder, resolved from the program's folder (the one holding `Pulumi.yaml`); a
 * `CallbackFunction` deploys a closure written in the program, so the program's folder. The
 * program itself is infrastructure.
 */
export const pulumi: ServerRecord = {
  id: 'pulumi',
  name: 'Pulumi',
  role: 'function',
  node: {
    constructs: [
      { call: 'Function', option: 'code' },
      { call: 'CallbackFunction', option: 'inline', backend: 'node' },
    ],
    infrastructure: ['@pulumi/pulumi', '@pulumi/aws', '@pulumi/awsx', '@pulumi/gcp', '@pulumi/azure-native'],
  },
  python: {
    constructs: [{ call: 'Function', option: 'code' }],
    infrastructure: ['pulumi', 'pulumi-aws', 'pulumi-awsx', 'pulumi-gcp', 'pulumi-azure-native'],
  },
  deploys: {
    appFile: 'Pulumi.yaml',
    constructArguments: 'name',
    stackImports: { node: ['@pulumi/aws', '@pulumi/awsx'], python: ['pulumi_aws', 'pulumi_awsx'] },
    assetCalls: ['FileArchive'],
    runtimes: { node: [String.raw`Runtime\.NodeJS\w+`], python: [String.raw`Runtime\.Python\w+`] },
  },
};
