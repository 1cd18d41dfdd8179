import * as migration_20261129_104704_initial from './20261129_104704_initial';

export const migrations = [
  {
    up: migration_20261129_104704_initial.up,
    down: migration_20261129_104704_initial.down,
    name: '20261129_104704_initial'
  },
];
