import * as migration_20261129_103237_initial from './20261129_103237_initial';

export const migrations = [
  {
    up: migration_20261129_103237_initial.up,
    down: migration_20261129_103237_initial.down,
    name: '20261129_103237_initial'
  },
];
