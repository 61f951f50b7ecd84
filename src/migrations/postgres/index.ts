import * as migration_20261123_035547_initial from './20261123_035547_initial';
import * as migration_20261123_072543_content_library from './20261123_072543_content_library';
import * as migration_20261123_084223_events_campaigns from './20261123_084223_events_campaigns';
import * as migration_20261123_084527_feedback_media_outputs from './20261123_084527_feedback_media_outputs';
import * as migration_20261123_131742_outreach_emails from './20261123_131742_outreach_emails';
import * as migration_20261123_143009_participation_figures from './20261123_143009_participation_figures';
import * as migration_20261123_165117_evaluation_reports from './20261123_165117_evaluation_reports';
import * as migration_20261123_170927_audit_trail from './20261123_170927_audit_trail';
import * as migration_20261123_184952_api_clients from './20261123_184952_api_clients';
import * as migration_20261202_062423_account_notices from './20261202_062423_account_notices';
import * as migration_20261202_105122_evaluation_documents from './20261202_105122_evaluation_documents';
import * as migration_20261202_133632_production_topology from './20261202_133632_production_topology';
import * as migration_20261202_133650_drop_review_slot from './20261202_133650_drop_review_slot';
import * as migration_20261202_134816_officials_informed from './20261202_134816_officials_informed';

export const migrations = [
  {
    up: migration_20261123_035547_initial.up,
    down: migration_20261123_035547_initial.down,
    name: '20261123_035547_initial',
  },
  {
    up: migration_20261123_072543_content_library.up,
    down: migration_20261123_072543_content_library.down,
    name: '20261123_072543_content_library',
  },
  {
    up: migration_20261123_084223_events_campaigns.up,
    down: migration_20261123_084223_events_campaigns.down,
    name: '20261123_084223_events_campaigns',
  },
  {
    up: migration_20261123_084527_feedback_media_outputs.up,
    down: migration_20261123_084527_feedback_media_outputs.down,
    name: '20261123_084527_feedback_media_outputs',
  },
  {
    up: migration_20261123_131742_outreach_emails.up,
    down: migration_20261123_131742_outreach_emails.down,
    name: '20261123_131742_outreach_emails',
  },
  {
    up: migration_20261123_143009_participation_figures.up,
    down: migration_20261123_143009_participation_figures.down,
    name: '20261123_143009_participation_figures',
  },
  {
    up: migration_20261123_165117_evaluation_reports.up,
    down: migration_20261123_165117_evaluation_reports.down,
    name: '20261123_165117_evaluation_reports',
  },
  {
    up: migration_20261123_170927_audit_trail.up,
    down: migration_20261123_170927_audit_trail.down,
    name: '20261123_170927_audit_trail',
  },
  {
    up: migration_20261123_184952_api_clients.up,
    down: migration_20261123_184952_api_clients.down,
    name: '20261123_184952_api_clients',
  },
  {
    up: migration_20261202_062423_account_notices.up,
    down: migration_20261202_062423_account_notices.down,
    name: '20261202_062423_account_notices',
  },
  {
    up: migration_20261202_105122_evaluation_documents.up,
    down: migration_20261202_105122_evaluation_documents.down,
    name: '20261202_105122_evaluation_documents',
  },
  {
    up: migration_20261202_133632_production_topology.up,
    down: migration_20261202_133632_production_topology.down,
    name: '20261202_133632_production_topology',
  },
  {
    up: migration_20261202_133650_drop_review_slot.up,
    down: migration_20261202_133650_drop_review_slot.down,
    name: '20261202_133650_drop_review_slot',
  },
  {
    up: migration_20261202_134816_officials_informed.up,
    down: migration_20261202_134816_officials_informed.down,
    name: '20261202_134816_officials_informed'
  },
];
