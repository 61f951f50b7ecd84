import * as migration_20261123_033805_initial from './20261123_033805_initial';

export const migrations = [
  {
    up: migration_20261123_033805_initial.up,
    down: migration_20261123_033805_initial.down,
    name: '20261123_033805_initial'
  },
];
