import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Kafka clients produce as often as they consume: only a consumer the code creates is a worker's evidence, whichever client makes it. */
export const kafka: ServerRecord = {
  id: 'kafka',
  name: 'Kafka consumer',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-kafka-consumer',
        kind: 'server',
        keyword: 'consumer(',
        pattern: /\.consumer\s*\(\s*\{/,
        detail: 'consumes a Kafka topic (kafkajs)',
        whenImports: ['kafkajs'],
        files: JS_FILE,
      },
      {
        // kafka-node's Consumer/ConsumerGroup(Stream) and node-rdkafka's KafkaConsumer are constructed
        id: 'node-kafka-consumer-class',
        kind: 'server',
        keyword: 'Consumer',
        pattern: /\bnew\s+(?:\w+\.)?(?:Consumer|ConsumerGroup|ConsumerGroupStream|ConsumerStream|KafkaConsumer)\s*\(/,
        detail: 'consumes a Kafka topic (kafka-node, node-rdkafka)',
        whenImports: ['kafka-node', 'node-rdkafka'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        // kafka-python and aiokafka take the topics first: a consumer made with them reads them
        id: 'py-kafka-consumer',
        kind: 'server',
        keyword: 'Consumer(',
        pattern: /\b(?:AIOKafkaConsumer|KafkaConsumer)\s*\(\s*(?![A-Za-z_]\w*\s*=(?!=)|\))/,
        detail: 'consumes a Kafka topic',
        whenImports: ['aiokafka', 'kafka'],
        files: PY_FILE,
      },
      {
        // made with settings only, a consumer reads what it is subscribed to; one never subscribed (a
        // readiness check that connects and closes) consumes nothing
        id: 'py-kafka-consumer-subscribed',
        kind: 'server',
        keyword: 'Consumer(',
        pattern: /\b(?:AIOKafkaConsumer|KafkaConsumer|(?:confluent_kafka\.)?Consumer|DeserializingConsumer)\s*\(/,
        detail: 'consumes a Kafka topic',
        whenImports: ['aiokafka', 'kafka', 'confluent_kafka'],
        whenFileHas: /\.subscribe\s*\(/,
        files: PY_FILE,
      },
    ],
  },
};
