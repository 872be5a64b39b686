import type { SignalRecord } from './types.js';

export const streaming: SignalRecord = {
  id: 'streaming',
  summary: 'stream processing: data in motion at high throughput',
  packages: [
    {
      ecosystem: 'node',
      packages: [
        'kafkajs',
        '@confluentinc/kafka-javascript',
        'node-rdkafka',
        'highland',
        'through2',
        'pumpify',
        '@aws-sdk/client-kinesis',
        'eventsource-parser',
        'stream-json',
      ],
      base: 0.3,
      why: 'stream processing',
    },
    {
      ecosystem: 'python',
      packages: ['faust', 'faust-streaming', 'kafka-python', 'confluent-kafka', 'aiokafka', 'bytewax', 'apache-beam'],
      imports: ['faust', 'kafka', 'confluent_kafka', 'aiokafka', 'bytewax', 'apache_beam'],
      base: 0.3,
      why: 'stream processing',
    },
  ],
  files: [],
  effects: [
    { criterion: 'performance', favours: 'node', points: 10, guide: 'L6', why: 'high throughput favours Node.js' },
  ],
};
