import * as migration_20261123_035547_initial from './20261123_035547_initial';

export const migrations = [
  {
    up: migration_20261123_035547_initial.up,
    down: migration_20261123_035547_initial.down,
    name: '20261123_035547_initial'
  },
];
