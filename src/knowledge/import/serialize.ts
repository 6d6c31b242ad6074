import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Where each participant list lives, relative to the repository root, and its export name. */
export const LIST_FILES = {
  'un-cybercrime-convention': {
    path: 'src/knowledge/participants-data/un-cybercrime-convention.ts',
    name: 'UN_PARTICIPANTS',
    what: 'Signatories and parties of the UN convention',
  },
  'budapest-convention': {
    path: 'src/knowledge/participants-data/budapest-convention.ts',
    name: 'BUDAPEST_PARTICIPANTS',
    what: 'Signatories and parties of the Budapest Convention (ETS No. 185)',
  },
  'budapest-first-additional-protocol': {
    path: 'src/knowledge/participants-data/budapest-first-additional-protocol.ts',
    name: 'FIRST_PROTOCOL_PARTICIPANTS',
    what: 'Signatories and parties of the First Additional Protocol (ETS No. 189)',
  },
  'budapest-second-additional-protocol': {
    path: 'src/knowledge/participants-data/budapest-second-additional-protocol.ts',
    name: 'SECOND_PROTOCOL_PARTICIPANTS',
    what: 'Signatories and parties of the Second Additional Protocol (CETS No. 224)',
  },
} as const;

/** A record id that has a participant list file. */
export type ListKey = keyof typeof LIST_FILES;

/**
 * The TypeScript source of one participant-list file: a typed constant holding the list. The
 * importer writes it and prettier formats it, so a reviewer reads the change as an ordinary diff.
 */
export function listSource(key: ListKey, list: ParticipantList, origin: string): string {
  const file = LIST_FILES[key];
  return [
    `// ${origin}`,
    '// See src/knowledge/README.md ("Updating the facts") before editing by hand.',
    "import type { ParticipantList } from '@/src/knowledge/participant-types';",
    '',
    `/** ${file.what}, as far as the sources read show them. */`,
    `export const ${file.name}: ParticipantList = ${JSON.stringify(list, null, 2)};`,
    '',
  ].join('\n');
}
