import type { ServerRecord } from './types.js';

/**
 * AWS Lambda as its own deployment files name it: SAM/CloudFormation function resources (in a
 * template of any name) and container images built from the Lambda base images, whose folder is
 * a function even without a framework.
 */
export const awsLambda: ServerRecord = {
  id: 'aws-lambda',
  name: 'AWS Lambda',
  role: 'function',
  deploys: {
    resourceTypes: ['AWS::Serverless::Function', 'AWS::Lambda::Function'],
    images: {
      node: [String.raw`^public\.ecr\.aws/lambda/nodejs(?::|$)`, String.raw`^amazon/aws-lambda-nodejs(?::|$)`],
      python: [String.raw`^public\.ecr\.aws/lambda/python(?::|$)`, String.raw`^amazon/aws-lambda-python(?::|$)`],
    },
  },
};
