import * as migration_20261129_095756_initial from './20261129_095756_initial';

export const migrations = [
  {
    up: migration_20261129_095756_initial.up,
    down: migration_20261129_095756_initial.down,
    name: '20261129_095756_initial'
  },
];
