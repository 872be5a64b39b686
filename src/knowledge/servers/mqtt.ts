import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * MQTT subscribers (paho-mqtt, aiomqtt, gmqtt; MQTT.js): a process that serves the messages of a
 * broker's topics. The clients publish as often as they subscribe (a sensor script publishes
 * readings), so only a message callback or a subscription the code opens is a worker's evidence.
 */
export const mqtt: ServerRecord = {
  id: 'mqtt',
  name: 'MQTT subscriber',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-mqtt-message',
        kind: 'server',
        keyword: 'message',
        pattern: /\.on\s*\(\s*['"]message['"]/,
        detail: 'handles the messages of MQTT topics',
        whenImports: ['mqtt', 'async-mqtt'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        // paho-mqtt and gmqtt take the handler as an attribute; paho also routes topics with message_callback_add
        id: 'py-mqtt-on-message',
        kind: 'server',
        keyword: 'message',
        pattern: /\.on_message\s*=|\.message_callback_add\s*\(/,
        detail: 'handles the messages of MQTT topics',
        whenImports: ['paho', 'gmqtt'],
        files: PY_FILE,
      },
      {
        // aiomqtt (formerly asyncio-mqtt) subscribes, then iterates `client.messages`
        id: 'py-aiomqtt-subscribe',
        kind: 'server',
        keyword: 'subscribe(',
        pattern: /\.subscribe\s*\(/,
        detail: 'subscribes to MQTT topics',
        whenImports: ['aiomqtt', 'asyncio_mqtt'],
        files: PY_FILE,
      },
    ],
  },
};
