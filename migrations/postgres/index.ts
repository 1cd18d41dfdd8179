import * as migration_20261129_104710_initial from './20261129_104710_initial';
import * as migration_20261129_192332_account_throttle from './20261129_192332_account_throttle';

export const migrations = [
  {
    up: migration_20261129_104710_initial.up,
    down: migration_20261129_104710_initial.down,
    name: '20261129_104710_initial',
  },
  {
    up: migration_20261129_192332_account_throttle.up,
    down: migration_20261129_192332_account_throttle.down,
    name: '20261129_192332_account_throttle'
  },
];
