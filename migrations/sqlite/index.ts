import * as migration_20261129_104704_initial from './20261129_104704_initial';
import * as migration_20261129_192321_account_throttle from './20261129_192321_account_throttle';

export const migrations = [
  {
    up: migration_20261129_104704_initial.up,
    down: migration_20261129_104704_initial.down,
    name: '20261129_104704_initial',
  },
  {
    up: migration_20261129_192321_account_throttle.up,
    down: migration_20261129_192321_account_throttle.down,
    name: '20261129_192321_account_throttle'
  },
];
