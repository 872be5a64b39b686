import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Cloud queues pulled in a loop: an SQS receive, a Pub/Sub subscription, an sqs-consumer, an Azure
 * Service Bus receiver, a Kinesis shard read. The SDKs send as often as they receive: only a receive is a worker's evidence.
 */
export const queuePull: ServerRecord = {
  id: 'queue-pull',
  name: 'queue consumer',
  role: 'worker',
  // the queues and subscriptions these receives pull from, as Terraform's providers create them
  queueResources: [
    'aws_sqs_queue',
    'google_pubsub_subscription',
    'azurerm_servicebus_queue',
    'azurerm_servicebus_subscription',
    'aws_kinesis_stream',
  ],
  node: {
    code: [
      {
        id: 'node-sqs-receive',
        kind: 'server',
        keyword: 'ReceiveMessage',
        pattern: /\bnew\s+ReceiveMessageCommand\s*\(|\.receiveMessage\s*\(/,
        detail: 'pulls messages from SQS',
        files: JS_FILE,
      },
      {
        id: 'node-sqs-consumer',
        kind: 'server',
        keyword: 'Consumer.create',
        pattern: /\bConsumer\.create\s*\(/,
        detail: 'consumes an SQS queue (sqs-consumer)',
        whenImports: ['sqs-consumer'],
        files: JS_FILE,
      },
      {
        id: 'node-pubsub-subscription',
        kind: 'server',
        keyword: 'subscription(',
        pattern: /\.subscription\s*\([^)]*\)\s*(?:;|$|\.on\s*\(\s*['"]message)/,
        detail: 'listens to a Pub/Sub subscription',
        whenImports: ['@google-cloud/pubsub'],
        files: JS_FILE,
      },
      {
        // the client library's sample: listen for `timeout` seconds, then remove the listener and let the process end
        id: 'node-pubsub-bounded-wait',
        kind: 'server',
        keyword: 'removeListener',
        pattern: /\.removeListener\s*\(\s*['"`]message['"`]/,
        detail: 'stops listening to the Pub/Sub subscription after a set time',
        whenImports: ['@google-cloud/pubsub'],
        files: JS_FILE,
        bounds: true,
      },
      {
        id: 'node-kinesis-get-records',
        kind: 'server',
        keyword: 'GetRecords',
        pattern: /\bnew\s+GetRecordsCommand\s*\(/,
        detail: 'reads a Kinesis stream',
        files: JS_FILE,
      },
      {
        id: 'node-service-bus-receiver',
        kind: 'server',
        keyword: 'createReceiver(',
        pattern: /\.createReceiver\s*\(/,
        detail: 'receives Azure Service Bus messages',
        whenImports: ['@azure/service-bus'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-sqs-receive',
        kind: 'server',
        keyword: 'receive_message',
        pattern: /\.receive_messages?\s*\(/,
        detail: 'pulls messages from SQS',
        whenImports: ['boto3', 'botocore', 'aioboto3'],
        files: PY_FILE,
      },
      {
        id: 'py-pubsub-subscribe',
        kind: 'server',
        keyword: 'subscribe(',
        pattern: /\bsubscriber\.subscribe\s*\(|\.subscribe\s*\(\s*\w*subscription/,
        detail: 'listens to a Pub/Sub subscription',
        whenImports: ['google'],
        files: PY_FILE,
      },
      {
        id: 'py-kinesis-get-records',
        kind: 'server',
        keyword: 'get_records(',
        pattern: /\.get_records\s*\(/,
        detail: 'reads a Kinesis stream',
        whenImports: ['boto3', 'botocore', 'aioboto3'],
        files: PY_FILE,
      },
      {
        id: 'py-service-bus-receiver',
        kind: 'server',
        keyword: '_receiver(',
        pattern: /\.get_(?:queue|subscription)_receiver\s*\(/,
        detail: 'receives Azure Service Bus messages',
        whenImports: ['azure'],
        files: PY_FILE,
      },
      {
        // the client library's own sample: listen for `timeout` seconds, cancel, exit; a worker waits with no timeout
        id: 'py-pubsub-bounded-wait',
        kind: 'server',
        keyword: '.result(',
        pattern: /\.result\s*\(\s*timeout\s*=\s*(?!None\b)\w/,
        detail: 'waits on the Pub/Sub subscription for a set time, then stops',
        whenImports: ['google'],
        files: PY_FILE,
        bounds: true,
      },
    ],
  },
};
