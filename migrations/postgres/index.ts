import * as migration_20261129_095802_initial from './20261129_095802_initial';

export const migrations = [
  {
    up: migration_20261129_095802_initial.up,
    down: migration_20261129_095802_initial.down,
    name: '20261129_095802_initial'
  },
];
