import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';
import { siblingCollections, type CollectionMember } from '../../src/detect/collections.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const member = (dir: string, more: Partial<CollectionMember> = {}): CollectionMember => ({
  dir,
  deployed: false,
  commandRun: false,
  gateway: false,
  ...more,
});
const many = (parent: string, names: string[], more: Partial<CollectionMember> = {}) =>
  names.map((n) => member(parent === '.' ? n : `${parent}/${n}`, more));

describe('sibling collections (issue 25)', () => {
  it('five serving folders side by side that nothing deploys are a collection, whatever their names', () => {
    const found = siblingCollections(many('snippets', ['hello', 'routes', 'json', 'upload', 'chat']));
    expect([...found.keys()].sort()).toEqual([
      'snippets/chat',
      'snippets/hello',
      'snippets/json',
      'snippets/routes',
      'snippets/upload',
    ]);
    expect(found.get('snippets/hello')).toBe(
      'one of 5 sibling projects in snippets/ (a collection of lessons, examples or snippets): no Dockerfile, compose file, Procfile or platform file runs it',
    );
  });

  it('a few services that start themselves are a system, not a collection', () => {
    expect(siblingCollections(many('.', ['users', 'orders', 'catalog', 'payments'])).size).toBe(0);
  });

  it('members nested at any depth below the collection count once, by the folder they are in', () => {
    const nested = [
      ...many('code', ['ch-intro', 'ch-routing', 'ch-views', 'ch-forms']),
      member('code/ch-kafka/consumer'),
      member('code/ch-kafka/producer'),
    ];
    expect(siblingCollections(nested).size).toBe(6);
    // two members in one subfolder are one of the folder's children: four children are not enough
    expect(siblingCollections(nested.filter((m) => m.dir !== 'code/ch-forms')).size).toBe(0);
  });

  it('a deployed member stays a service and does not stop the collection; mostly deployed siblings are a system', () => {
    const course = [...many('course', ['a', 'b', 'c', 'd', 'e']), member('course/final', { deployed: true })];
    const found = siblingCollections(course);
    expect(found.size).toBe(5);
    expect(found.has('course/final')).toBe(false);
    const deployed = [
      ...many('apps', ['a', 'b', 'c', 'd', 'e'], { deployed: true }),
      ...many('apps', ['f', 'g', 'h', 'i', 'j']),
    ];
    expect(siblingCollections(deployed).size).toBe(0);
  });

  it('a Django project a README runs is kept (the Django rule decides for it)', () => {
    const found = siblingCollections([...many('.', ['a', 'b', 'c', 'd', 'e']), member('site', { commandRun: true })]);
    expect(found.has('site')).toBe(false);
    expect(found.size).toBe(5);
  });

  it('a gateway among the siblings, folders named as services, or a services/ folder make them one system', () => {
    const names = ['gateway', 'accounts', 'catalog', 'orders', 'payments', 'shipping'];
    expect(siblingCollections(many('.', names)).size).toBe(6);
    expect(siblingCollections([member('gateway', { gateway: true }), ...many('.', names.slice(1))]).size).toBe(0);
    const named = ['user-service', 'order-service', 'AuthService', 'api-gateway', 'notes', 'search'];
    expect(siblingCollections(many('.', named)).size).toBe(0);
    // a monorepo's services/ or apps/ folder holds a system's parts, whatever they are called
    expect(siblingCollections(many('services', names)).size).toBe(0);
    expect(siblingCollections(many('apps', names)).size).toBe(0);
    expect(siblingCollections(many('code', names)).size).toBe(6);
  });
});

describe('sibling collections in a repository (issue 25)', () => {
  it('members say which collection they are in; a deployed member and a package named like an example are services', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'sibling-collections')));
    expect(facts.services.map((s) => [s.path, s.kind])).toEqual([
      ['course/final-project', 'http'],
      ['shop', 'http'],
    ]);
    const why = Object.fromEntries(facts.notServices.map((n) => [n.path, `${n.reason}: ${n.why}`]));
    expect(why['course/todo-api']).toBe(
      'playground: one of 6 sibling projects in course/ (a collection of lessons, examples or snippets): no Dockerfile, compose file, Procfile or platform file runs it',
    );
    expect(why['snippets/hello-http']).toMatch(/^playground: one of 5 sibling projects in snippets\//);
  });
});
