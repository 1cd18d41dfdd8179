import * as migration_20261129_104710_initial from './20261129_104710_initial';

export const migrations = [
  {
    up: migration_20261129_104710_initial.up,
    down: migration_20261129_104710_initial.down,
    name: '20261129_104710_initial'
  },
];
