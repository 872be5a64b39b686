import type { ServerRecord } from './types.js';

/**
 * AWS Lambda as its own deployment files name it: SAM/CloudFormation function resources (in a
 * template of any name), Terraform's function resources and module, and container images built from the Lambda base images, whose folder is
 * a function even without a framework, or from any base with the Lambda Web Adapter copied in.
 */
export const awsLambda: ServerRecord = {
  id: 'aws-lambda',
  name: 'AWS Lambda',
  role: 'function',
  deploys: {
    resourceTypes: ['AWS::Serverless::Function', 'AWS::Lambda::Function'],
    terraform: [
      {
        resource: 'aws_lambda_function',
        code: ['filename', 's3_key', 'source_code_hash'],
        runtime: 'runtime',
        // Python modules may be dotted packages (`app.handlers.main`); Node.js names a file path
        handler: { attribute: 'handler', files: { node: ['.js', '.mjs', '.cjs', '.ts'], python: ['.py'] } },
      },
      // the community module packages `source_path` itself
      { module: 'terraform-aws-modules/lambda/aws', code: ['source_path'], runtime: 'runtime' },
    ],
    images: {
      node: [String.raw`^public\.ecr\.aws/lambda/nodejs(?::|$)`, String.raw`^amazon/aws-lambda-nodejs(?::|$)`],
      python: [String.raw`^public\.ecr\.aws/lambda/python(?::|$)`, String.raw`^amazon/aws-lambda-python(?::|$)`],
    },
    // the Lambda Web Adapter (`public.ecr.aws/awsguru/aws-lambda-adapter`): any base image with it runs its web server as a function
    extensions: [String.raw`(?:^|/)aws-lambda-adapter(?::|@|$)`],
  },
};
