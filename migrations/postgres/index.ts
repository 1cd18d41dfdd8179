import * as migration_20261129_102434_initial from './20261129_102434_initial';

export const migrations = [
  {
    up: migration_20261129_102434_initial.up,
    down: migration_20261129_102434_initial.down,
    name: '20261129_102434_initial'
  },
];
